import type { CollectionName } from './collections'
import { scanBody } from './body-scan'
import { checkChanges } from './changes-check'
import { checkCitations } from './citations'
import { loadContent, defaultContentDir, type Corpus, type LooseBody } from './load'
import { checkBodies } from './mdx-check'
import { checkOccupations } from './occupation-check'
import { checkOverlaps } from './overlap-check'
import { sortProblems, type Problem } from './problems'
import { checkQuizReach } from './quiz-reach-check'
import { checkOrders, checkReferences, slugSets } from './references'
import { checkReviewed, todayIso } from './reviewed-check'
import { checkLevels } from './scale-check'
import type { SourceText } from './source-overlap'

export type CheckResult = { corpus: Corpus; problems: Problem[]; files: number }

export type CheckOptions = {
  /** The date `reviewed` may not pass (YYYY-MM-DD); today by default. */
  today?: string
  /** The source documents' texts for the copying check; without them (editors may not have them) it is skipped. */
  sourceTexts?: SourceText[] | null
}

// The one validation every path runs: `content:check`, the seed and the dev watcher. Frontmatter against the
// schemas, references between entries, the scale, occupation periods, citations, the changelog, quiz reach, copying, then every MDX
// body (a body whose frontmatter failed is still checked, so one run reports everything).
export function checkContent(dir: string = defaultContentDir(), options: CheckOptions = {}): CheckResult {
  const { corpus, problems, files, fileSlugs, looseBodies } = loadContent(dir)
  // A file that exists but failed validation is reported once, not again by every file that links to it.
  const sets = slugSets(corpus, fileSlugs)
  const levels = new Set(corpus.scale.map((e) => e.data.level))
  problems.push(...checkReferences(corpus, sets), ...checkOrders(corpus), ...checkLevels(corpus))
  problems.push(...checkCitations(corpus), ...checkChanges(corpus, sets), ...checkQuizReach(corpus))
  const today = options.today ?? todayIso()
  problems.push(...checkReviewed(corpus, today), ...checkOccupations(corpus, today))
  if (options.sourceTexts) problems.push(...checkOverlaps(corpus, options.sourceTexts))
  const bodies: LooseBody[] = [...looseBodies]
  for (const name of Object.keys(corpus) as CollectionName[]) bodies.push(...corpus[name])
  problems.push(...checkBodies(bodies, { sets, levels }, scanBody))
  return { corpus, problems: sortProblems(problems), files }
}
