import { checkBodies } from './mdx-check'
import { loadContent, defaultContentDir, type Corpus } from './load'
import { sortProblems, type Problem } from './problems'
import { checkOrders, checkReferences } from './references'

export type CheckResult = { corpus: Corpus; problems: Problem[]; files: number }

// The one validation every path runs: `content:check`, the seed, and the dev watcher.
export function checkContent(dir: string = defaultContentDir()): CheckResult {
  const { corpus, problems, files } = loadContent(dir)
  problems.push(...checkReferences(corpus), ...checkOrders(corpus), ...checkBodies(corpus))
  return { corpus, problems: sortProblems(problems), files }
}
