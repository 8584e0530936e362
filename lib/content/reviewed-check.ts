import type { CollectionName } from './collections'
import type { Corpus, Entry } from './load'
import type { Problem } from './problems'

/** Today's date as YYYY-MM-DD (UTC), the default the check compares with. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/**
 * A `reviewed` date says when an editor last read the file against its sources, so it cannot lie ahead of the
 * check: a date after `today` (YYYY-MM-DD) is refused at its key. The schema already refuses a malformed date.
 * ISO dates compare as strings. Pure.
 */
export function checkReviewed(corpus: Corpus, today: string): Problem[] {
  const problems: Problem[] = []
  for (const collection of Object.keys(corpus) as CollectionName[]) {
    for (const entry of corpus[collection] as Entry<CollectionName>[]) {
      const { reviewed } = entry.data
      if (reviewed > today) {
        problems.push({ file: entry.file, ...entry.locate(['reviewed']), message: `field "reviewed": ${reviewed} is in the future (today is ${today})` })
      }
    }
  }
  return problems
}
