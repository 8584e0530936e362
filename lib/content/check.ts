import type { CollectionName } from './collections'
import { scanBody } from './body-scan'
import { loadContent, defaultContentDir, type Corpus, type LooseBody } from './load'
import { checkBodies } from './mdx-check'
import { sortProblems, type Problem } from './problems'
import { checkOrders, checkReferences, slugSets } from './references'
import { checkLevels } from './scale-check'

export type CheckResult = { corpus: Corpus; problems: Problem[]; files: number }

// The one validation every path runs: `content:check`, the seed and the dev watcher. Frontmatter against the
// schemas, references between entries, the scale, then every MDX body (a body whose frontmatter failed is still
// checked, so one run reports everything).
export function checkContent(dir: string = defaultContentDir()): CheckResult {
  const { corpus, problems, files, fileSlugs, looseBodies } = loadContent(dir)
  // A file that exists but failed validation is reported once, not again by every file that links to it.
  const sets = slugSets(corpus, fileSlugs)
  const levels = new Set(corpus.scale.map((e) => e.data.level))
  problems.push(...checkReferences(corpus, sets), ...checkOrders(corpus), ...checkLevels(corpus))
  const bodies: LooseBody[] = [...looseBodies]
  for (const name of Object.keys(corpus) as CollectionName[]) bodies.push(...corpus[name])
  problems.push(...checkBodies(bodies, { sets, levels }, scanBody))
  return { corpus, problems: sortProblems(problems), files }
}
