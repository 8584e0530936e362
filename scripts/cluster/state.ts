import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const port = z.number().int().min(1).max(65535)
const releaseId = z.string().regex(/^[a-z0-9-]{1,40}$/)

const instanceSchema = z.object({
  port,
  /** Process group of its `next start` (and the next-server child it forks). */
  pid: z.number().int().positive(),
  release: releaseId,
  store: z.string(),
})

const stateSchema = z.object({
  port,
  nginxPid: z.number().int().positive(),
  /** The release every instance runs once a rollout has finished. */
  release: releaseId,
  /** Releases whose assets nginx still serves, newest first. */
  assetReleases: z.array(releaseId).min(1),
  instances: z.array(instanceSchema).min(1),
  /** Client addresses (or CIDR ranges) the POST rate limit does not count. */
  rateExempt: z.array(z.string().regex(/^[0-9a-fA-F.:]+(\/\d{1,3})?$/)),
})

export type Instance = z.infer<typeof instanceSchema>
export type ClusterState = z.infer<typeof stateSchema>

/** Everything a cluster keeps in its run folder (nginx runs with it as prefix). */
export function runPaths(runDir: string) {
  return {
    state: path.join(runDir, 'cluster.json'),
    nginxConf: path.join(runDir, 'nginx.conf'),
    logs: path.join(runDir, 'logs'),
    assets: path.join(runDir, 'assets'),
    stores: path.join(runDir, 'stores'),
  }
}

export function readState(runDir: string): ClusterState | null {
  const file = runPaths(runDir).state
  if (!fs.existsSync(file)) return null
  return stateSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
}

// Written whole and renamed into place, so a reader never sees half a file.
export function writeState(runDir: string, state: ClusterState) {
  const file = runPaths(runDir).state
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(stateSchema.parse(state), null, 2))
  fs.renameSync(`${file}.tmp`, file)
}

export function removeState(runDir: string) {
  fs.rmSync(runPaths(runDir).state, { force: true })
}
