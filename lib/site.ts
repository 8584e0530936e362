// The public origin used in metadata, the sitemap and Open Graph URLs.
export function siteUrl(): string {
  return process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`
}
