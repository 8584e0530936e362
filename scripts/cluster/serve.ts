import { ensureDebianPackagesOrExit } from '../lib/debian-package'
import { stopCluster, startCluster } from './cluster'
import { clusterEnv } from './options'
import { prepareRelease } from './release'
import { SERVING_TOOLS } from './tools'

// `npm run serve:cluster`: nginx on PORT in front of CLUSTER_INSTANCES `next start` instances of the current
// content, until Ctrl-C. `npm run serve:rollout` replaces the instances with a new content release meanwhile.
ensureDebianPackagesOrExit(SERVING_TOOLS)
const { port, instances, runDir } = clusterEnv()
const release = prepareRelease()
const { state, nginx } = await startCluster({ runDir, port, instances, release })

console.log(`\nMLOps Atlas through nginx: http://localhost:${port}`)
console.log(`release ${state.release}; app instances on ${state.instances.map((i) => `:${i.port}`).join(', ')}; logs in ${runDir}/logs`)
console.log('Roll out a content change with `npm run serve:rollout [content folder]`. Ctrl-C stops everything.\n')

let stopping = false
function stop(code: number) {
  if (stopping) return
  stopping = true
  console.log('\nStopping nginx and the app instances…')
  stopCluster(runDir).then(
    () => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
const nginxExited = () => {
  if (stopping) return
  console.error(`nginx exited (${nginx.exitCode ?? nginx.signalCode}); see ${runDir}/logs/error.log`)
  stop(1)
}
if (nginx.exitCode !== null || nginx.signalCode !== null) nginxExited()
else nginx.on('exit', nginxExited)
