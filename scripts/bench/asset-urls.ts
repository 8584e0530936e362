import http from 'node:http'

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/**
 * One request from a chosen loopback address (the rate limit counts per client address) on a fresh connection.
 * Node's fetch cannot choose the source address.
 */
export function request(url: string, { method = 'GET', body, from = '127.0.0.1', headers = {} }: { method?: string; body?: string; from?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, localAddress: from, agent: false, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** Script and stylesheet addresses a page's HTML loads. */
export function assetUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))
}
