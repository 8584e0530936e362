import path from 'node:path'
import { ensureDebianPackagesOrExit } from '../lib/debian-package'
import { clusterEnv } from './options'
import { prepareRelease } from './release'
import { rollOut } from './rolling-update'
import { SERVING_TOOLS } from './tools'

// `npm run serve:rollout [content folder]`: builds the release of that content (default content/) and replaces
// the running cluster's instances with it one at a time, reloading nginx gracefully after each.
ensureDebianPackagesOrExit(SERVING_TOOLS)
const { runDir } = clusterEnv()
const release = prepareRelease({ contentDir: path.resolve(process.argv[2] ?? 'content') })
await rollOut(runDir, release)
