import pWaitFor from 'p-wait-for'
import { request } from './http-request'

async function answers(url: string): Promise<boolean> {
  try {
    return (await request(url, { timeoutMs: 2_000 })).status === 200
  } catch {
    return false // not listening yet
  }
}

/** Resolves when `url` answers 200; a server starting up is polled. */
export async function waitForAnswer(url: string, { timeoutMs = 60_000 } = {}): Promise<void> {
  await pWaitFor(() => answers(url), {
    interval: 50,
    timeout: { milliseconds: timeoutMs, message: `${url} did not answer 200 within ${timeoutMs} ms` },
  })
}
