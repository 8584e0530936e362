import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { toolEnv } from '../lib/run'
import { waitForAnswer } from './http-ready'
import { stopGroup } from './process-group'
import type { Release } from './release'
import type { Instance } from './state'
import { NEXT_HOST } from '../lib/next-host'

/** A consistent copy of the release's store (SQLite's online backup), so every instance reads its own file. */
async function copyStore(release: Release, target: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const source = new Database(release.store, { readonly: true, fileMustExist: true })
  try {
    await source.backup(target)
  } finally {
    source.close()
  }
}

/**
 * One `next start` of `release` on `port`, in a process group of its own that outlives the script that started
 * it (a rollout starts instances and exits). Resolves once it answers.
 */
export async function startInstance(release: Release, port: number, dirs: { stores: string; logs: string }): Promise<Instance> {
  const store = path.join(dirs.stores, `${release.id}-${port}.db`)
  await copyStore(release, store)
  fs.mkdirSync(dirs.logs, { recursive: true })
  const log = fs.openSync(path.join(dirs.logs, `instance-${port}.log`), 'a')
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', NEXT_HOST], {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...toolEnv,
      PORT: String(port),
      DATABASE_URL: `file:${store}`,
      NEXT_DIST_DIR: release.distDir,
      NEXT_DEPLOYMENT_ID: release.id,
    },
  })
  fs.closeSync(log)
  child.unref()
  if (!child.pid) throw new Error(`next start on port ${port} did not start`)
  const instance: Instance = { port, pid: child.pid, release: release.id, store }
  try {
    await waitForAnswer(`http://127.0.0.1:${port}/api/roles`)
  } catch (error) {
    await stopInstance(instance)
    throw error
  }
  return instance
}

/** Graceful: `next start` stops accepting, finishes the requests it has, then exits. */
export async function stopInstance(instance: Instance): Promise<void> {
  await stopGroup(instance.pid)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${instance.store}${suffix}`, { force: true })
}
