import type { BodyFacts } from './body-scan'
import type { CollectionName } from './collections'
import { checkBodies } from './mdx-check'
import { loadContent, type Corpus, type LooseBody } from './load'
import { sortProblems, type Problem } from './problems'
import { checkOrders, checkReferences, slugSets, type SlugSets } from './references'
import { scanCache } from './scan-cache'

export type CheckResult = { corpus: Corpus; problems: Problem[]; files: number }
export type BodyScanner = (body: string) => BodyFacts

type Started = CheckResult & { dir: string; sets: SlugSets; bodies: LooseBody[] }

/** Frontmatter, schemas, references and orders: everything but the MDX bodies. */
export function startCheck(dir: string): Started {
  const { corpus, problems, files, fileSlugs, looseBodies } = loadContent(dir)
  // A file that exists but failed validation is reported once, not again by every file that links to it.
  const sets = slugSets(corpus, fileSlugs)
  const bodies: LooseBody[] = [...looseBodies]
  for (const name of Object.keys(corpus) as CollectionName[]) bodies.push(...corpus[name])
  problems.push(...checkReferences(corpus, sets), ...checkOrders(corpus))
  return { corpus, problems, files, dir, sets, bodies }
}

export function finishCheck({ corpus, problems, files, dir, sets, bodies }: Started, scan: BodyScanner): CheckResult {
  const cache = scanCache(dir)
  problems.push(...checkBodies(bodies, sets, (body) => cache.body(body, scan)))
  cache.save()
  return { corpus, problems: sortProblems(problems), files }
}

/** Same result as checkContent; loads the MDX parser (a large import) only when a body changed since the last check. */
export async function checkContentAsync(dir: string): Promise<CheckResult> {
  const started = startCheck(dir)
  const cache = scanCache(dir)
  const unchanged = started.bodies.every((b) => !b.body.trim() || cache.hasBody(b.body))
  const scan: BodyScanner = unchanged
    ? () => {
        throw new Error('every body was expected in the scan cache')
      }
    : (await import('./body-scan')).scanBody
  return finishCheck(started, scan)
}
