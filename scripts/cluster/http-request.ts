import http from 'node:http'

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }
export type RequestOptions = { method?: string; body?: string; from?: string; headers?: Record<string, string>; timeoutMs?: number }

/**
 * One request on a fresh connection, from a chosen loopback address (the rate limit counts per client address).
 * Node's fetch can choose neither, and refuses some ports a range may hand out (4190, for one).
 */
export function request(url: string, { method = 'GET', body, from = '127.0.0.1', headers = {}, timeoutMs = 30_000 }: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const contentType = body ? { 'content-type': 'application/json' } : {}
    const req = http.request(url, { method, localAddress: from, agent: false, timeout: timeoutMs, headers: { ...contentType, ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.on('timeout', () => req.destroy(new Error(`${url} did not answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end(body)
  })
}
