import { scanBody } from './body-scan'
import { finishCheck, startCheck, type CheckResult } from './check-steps'
import { defaultContentDir } from './load'

export type { CheckResult }
export { checkContentAsync } from './check-steps'

// The one validation every path runs: `content:check`, the seed, and the dev watcher.
export function checkContent(dir: string = defaultContentDir()): CheckResult {
  return finishCheck(startCheck(dir), scanBody)
}
