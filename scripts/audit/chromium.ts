import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/lib/chromium'
import { freePort, waitForOk } from '../bench/server'

export type Browser = { port: number; close: () => Promise<void> }

// Debian's Chromium with a debugging port; Lighthouse connects to it (no chrome-launcher needed).
export async function launchChromium(): Promise<Browser> {
  const port = await freePort()
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-lh-'))
  const child = spawn(CHROMIUM_PATH, [
    ...CHROMIUM_ARGS,
    '--headless=new',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ])
  await waitForOk(`http://127.0.0.1:${port}/json/version`, 30_000)
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(profile, { recursive: true, force: true })
          resolve()
        }
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once('exit', done)
        child.kill('SIGTERM')
      }),
  }
}
