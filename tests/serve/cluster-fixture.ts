import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startCluster, stopCluster } from '@/scripts/cluster/cluster'
import { freePort } from '@/scripts/cluster/ports'
import type { Release } from '@/scripts/cluster/release'
import { readState, type ClusterState } from '@/scripts/cluster/state'

export type TestCluster = { origin: string; runDir: string; state: () => ClusterState; stop: () => Promise<void> }

/**
 * nginx and `instances` app instances of `release` in a throw-away run folder. wrk on 127.0.0.1 stands in for
 * many clients, so that address is exempt from the POST rate limit; 127.0.0.2 (also loopback) is not.
 */
export async function startTestCluster(release: Release, instances = 2): Promise<TestCluster> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cluster-'))
  const port = await freePort()
  await startCluster({ runDir, port, instances, release, rateExempt: ['127.0.0.1'] })
  return {
    origin: `http://127.0.0.1:${port}`,
    runDir,
    state: () => {
      const state = readState(runDir)
      if (!state) throw new Error(`no cluster state in ${runDir}`)
      return state
    },
    stop: async () => {
      await stopCluster(runDir)
      fs.rmSync(runDir, { recursive: true, force: true })
    },
  }
}
