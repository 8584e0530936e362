import { pruneAssets, publishAssets } from './assets'
import { startInstance, stopInstance } from './instance'
import type { Release } from './release'
import { readState, runPaths, writeState, type ClusterState } from './state'

// A page of one of these releases (open in a browser, or still in nginx's cache) finds its scripts. An older tab
// reloads on its next navigation (Next sees another deployment id); only a chunk it never loaded could be missing.
const KEEP_ASSET_RELEASES = 3

/**
 * Replaces the running cluster's instances with instances of `release`, one at a time and each on its own port:
 * stop the old instance gracefully (it finishes its requests; nginx sends new ones to the others), start the new
 * one with its own copy of the release's store, wait until it answers, go on. nginx is not reloaded.
 */
export async function rollOut(runDir: string, release: Release, log = console.log): Promise<ClusterState> {
  let state = readState(runDir)
  if (!state) throw new Error(`No cluster is running from ${runDir}: start one with \`npm run serve:cluster\`.`)
  if (state.instances.every((instance) => instance.release === release.id)) {
    log(`Release ${release.id} is already live.`)
    return state
  }
  publishAssets(runDir, release)
  const assetReleases = [release.id, ...state.assetReleases.filter((id) => id !== release.id)].slice(0, KEEP_ASSET_RELEASES)
  state = { ...state, assetReleases }
  const dirs = { stores: runPaths(runDir).stores, logs: runPaths(runDir).logs }
  for (const [slot, old] of state.instances.entries()) {
    await stopInstance(old)
    const fresh = await startInstance(release, old.port, dirs)
    state = { ...state, instances: state.instances.with(slot, fresh) }
    writeState(runDir, state)
    log(`instance ${slot + 1}/${state.instances.length} on :${old.port}: ${old.release} → ${release.id}`)
  }
  state = { ...state, release: release.id }
  writeState(runDir, state)
  pruneAssets(runDir, assetReleases)
  log(`Release ${release.id} is live; pages cached before it expire within 10 s. Assets kept: ${assetReleases.join(', ')}.`)
  return state
}
