import { spawn, type ChildProcess } from 'node:child_process'
import { waitForAnswer } from '../cluster/http-ready'
import { freePort } from '../cluster/ports'
import { NEXT_HOST } from '../lib/next-host'

export { freePort }

export function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  return waitForAnswer(url, { timeoutMs })
}

export type Server = { origin: string; port: number; child: ChildProcess; stop: () => Promise<void> }

function track(child: ChildProcess, port: number): Server {
  let log = ''
  child.stdout?.on('data', (d) => (log = (log + d).slice(-4000)))
  child.stderr?.on('data', (d) => (log = (log + d).slice(-4000)))
  let stopping = false
  child.on('exit', (code) => {
    if (code && !stopping) console.error(`server on port ${port} exited with ${code}:\n${log}`)
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      stopping = true
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { origin: `http://127.0.0.1:${port}`, port, child, stop }
}

/**
 * The production server (`next start`) on a free port, with the caller's environment (dist dir, database); `dir`
 * serves another Next.js app (the audit's bare page), ready when `probe` answers.
 */
export async function startNext(env: NodeJS.ProcessEnv, { dir, probe = '/api/roles' }: { dir?: string; probe?: string } = {}): Promise<Server> {
  const port = await freePort()
  const args = ['start', ...(dir ? [dir] : []), '-p', String(port), '-H', NEXT_HOST]
  const child = spawn('node_modules/.bin/next', args, { env: { ...env, PORT: String(port) } })
  const server = track(child, port)
  await waitForOk(`${server.origin}${probe}`)
  return server
}

/** A plain static file server (sirv-cli) over `dir`: the baseline a prerendered page is compared with. */
export async function startSirv(dir: string, probePath: string): Promise<Server> {
  const port = await freePort()
  const child = spawn('node_modules/.bin/sirv', [dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'])
  const server = track(child, port)
  await waitForOk(`${server.origin}${probePath}`)
  return server
}
