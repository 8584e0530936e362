import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { waitForAnswer } from './http-ready'
import { stopGroup } from './process-group'
import { runPaths } from './state'
import { NGINX } from './tools'

// `-p` makes the run folder nginx's prefix (logs, temp, cache, assets); `-e` keeps start-up errors out of
// Debian's /var/log/nginx.
const nginxArgs = (runDir: string) => ['-p', `${runDir}/`, '-c', runPaths(runDir).nginxConf, '-e', 'logs/error.log']

/**
 * Writes `config` and starts nginx in the foreground: a child of this process, in a process group of its own.
 * Resolves once `readyUrl` answers through it.
 */
export async function startNginx(runDir: string, config: string, readyUrl: string): Promise<ChildProcess & { pid: number }> {
  for (const dir of [runPaths(runDir).logs, path.join(runDir, 'temp'), path.join(runDir, 'cache')]) fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(runPaths(runDir).nginxConf, config)
  const check = spawnSync(NGINX, ['-t', '-q', ...nginxArgs(runDir)], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx rejected ${runPaths(runDir).nginxConf}:\n${check.stderr}`)
  const child = spawn(NGINX, nginxArgs(runDir), { detached: true, stdio: 'inherit' })
  const { pid } = child
  if (!pid) throw new Error('nginx did not start')
  // nginx that cannot listen (the port is taken) exits at once; another server on the port must not pass for it.
  let onExit = () => {}
  const exited = new Promise<never>((_, reject) => {
    onExit = () => reject(new Error(`nginx exited while starting: see ${path.join(runPaths(runDir).logs, 'error.log')}`))
    child.once('exit', onExit)
  })
  const ready = waitForAnswer(readyUrl, { timeoutMs: 15_000 })
  ready.catch(() => {}) // when nginx exited first, the race below has already failed
  try {
    await Promise.race([ready, exited])
  } finally {
    child.off('exit', onExit)
  }
  return Object.assign(child, { pid })
}

/** SIGQUIT: graceful shutdown, open requests are answered first. */
export async function stopNginx(pid: number): Promise<void> {
  await stopGroup(pid, 'SIGQUIT')
}
