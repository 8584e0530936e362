import type { Corpus, Entry } from './load'
import type { CollectionName } from './collections'
import type { Problem } from './problems'
import { pathLabel } from './zod-issues'

/**
 * The scale is content: content/scale defines levels 0…top without gaps, and every level written elsewhere
 * (role and track skills, quiz evidence) must be one of them. The schemas only know a level is a whole number
 * from 0; this check knows the top.
 */
export function checkLevels(corpus: Corpus): Problem[] {
  const problems: Problem[] = []
  const defined = corpus.scale.map((e) => e.data.level).sort((a, b) => a - b)
  const top = defined.at(-1) ?? 0
  corpus.scale.forEach((e) => {
    const missing = Array.from({ length: e.data.level }, (_, i) => i).filter((l) => !defined.includes(l))
    if (missing.length > 0) {
      problems.push({ file: e.file, ...e.locate(['level']), message: `field "level": levels run from 0 without gaps; no file defines level ${missing.join(', ')}` })
    }
  })
  const check = (entry: Entry<CollectionName>, at: PropertyKey[], level: number) => {
    if (level <= top) return
    problems.push({ file: entry.file, ...entry.locate(at), message: `field "${pathLabel(at)}": expected a level from 0 to ${top} (the scale in content/scale), found ${level}` })
  }
  for (const e of corpus.roles) e.data.skills.forEach((s, i) => check(e, ['skills', i, 'level'], s.level))
  for (const e of corpus.tracks) e.data.skills.forEach((s, i) => check(e, ['skills', i, 'level'], s.level))
  for (const e of corpus.quiz) {
    e.data.options.forEach((o, i) => o.evidence.forEach((ev, j) => check(e, ['options', i, 'evidence', j, 'level'], ev.level)))
  }
  return problems
}
