import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startNginx, stopNginx } from '../cluster/nginx'
import { renderTemplate } from '../cluster/nginx-config'
import { freePort } from '../cluster/ports'
import type { Server } from './server'

const TEMPLATE = path.join(import.meta.dirname, 'nginx-static.conf.template')

/** nginx serving the files under `dir` as they are (`/a/b` answers `a/b.html`): the benchmark's baseline. */
export async function startStaticNginx(dir: string, probePath: string): Promise<Server> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-static-'))
  fs.chmodSync(runDir, 0o755) // nginx's workers run unprivileged when started as root
  const port = await freePort()
  const config = renderTemplate(TEMPLATE, { ATLAS_PORT: String(port), ATLAS_ROOT: path.resolve(dir) })
  const origin = `http://127.0.0.1:${port}`
  const child = await startNginx(runDir, config, origin + probePath)
  return {
    origin,
    port,
    child,
    stop: async () => {
      await stopNginx(child.pid)
      fs.rmSync(runDir, { recursive: true, force: true })
    },
  }
}
