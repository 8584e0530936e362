/** Script and stylesheet addresses a page's HTML loads. */
export function assetUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))
}
