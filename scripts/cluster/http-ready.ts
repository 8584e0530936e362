import pWaitFor from 'p-wait-for'

type Accept = (body: string) => boolean

async function answers(url: string, accept?: Accept): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
    return response.ok && (accept?.(await response.text()) ?? true)
  } catch {
    return false // not listening yet
  }
}

/** Resolves when `url` answers 200 (and, if given, a body `accept` takes); a server starting up is polled. */
export async function waitForAnswer(url: string, { timeoutMs = 60_000, accept }: { timeoutMs?: number; accept?: Accept } = {}): Promise<void> {
  await pWaitFor(() => answers(url, accept), {
    interval: 50,
    timeout: { milliseconds: timeoutMs, message: `${url} did not answer 200 within ${timeoutMs} ms` },
  })
}
