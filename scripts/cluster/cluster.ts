import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { publishAssets } from './assets'
import { startInstance, stopInstance } from './instance'
import { startNginx, stopNginx } from './nginx'
import { renderNginxConfig } from './nginx-config'
import { freePort } from './ports'
import { groupAlive } from './process-group'
import type { Release } from './release'
import { readState, removeState, runPaths, writeState, type ClusterState } from './state'

export type ClusterOptions = {
  runDir: string
  /** nginx listens here, on loopback. */
  port: number
  instances: number
  release: Release
  /** Client addresses the POST rate limit does not count (a load generator standing in for many clients). */
  rateExempt?: string[]
}

/**
 * nginx in front of `instances` app instances of `release`, each on a port of its own with its own copy of the
 * release's store. nginx is this process's child (it keeps the process alive); the instances live on their own.
 */
export async function startCluster(options: ClusterOptions): Promise<{ state: ClusterState; nginx: ChildProcess }> {
  const { runDir, release } = options
  const running = readState(runDir)
  if (running && groupAlive(running.nginxPid)) throw new Error(`A cluster is already running from ${runDir} (nginx pid ${running.nginxPid}).`)
  // A cluster that was not stopped (its script killed) can leave instances behind: they go first.
  if (running) await Promise.all(running.instances.map(stopInstance))
  // nginx's workers run as an unprivileged user when it is started as root: they must be able to read the folder.
  fs.mkdirSync(runDir, { recursive: true })
  fs.chmodSync(runDir, 0o755)
  publishAssets(runDir, release)
  const dirs = { stores: runPaths(runDir).stores, logs: runPaths(runDir).logs }
  const ports = await Promise.all(Array.from({ length: options.instances }, freePort))
  const instances = await Promise.all(ports.map((port) => startInstance(release, port, dirs)))
  const rateExempt = options.rateExempt ?? []
  try {
    const config = renderNginxConfig({ port: options.port, upstreams: ports, rateExempt })
    const nginx = await startNginx(runDir, config, `http://127.0.0.1:${options.port}/api/roles`)
    const state = { port: options.port, nginxPid: nginx.pid, release: release.id, assetReleases: [release.id], instances, rateExempt }
    writeState(runDir, state)
    return { state, nginx }
  } catch (error) {
    await Promise.all(instances.map(stopInstance))
    throw error
  }
}

/** Stops nginx first (so nothing is sent to an instance that is going), then every instance. */
export async function stopCluster(runDir: string): Promise<void> {
  const state = readState(runDir)
  if (!state) return
  await stopNginx(state.nginxPid)
  await Promise.all(state.instances.map(stopInstance))
  removeState(runDir)
}
