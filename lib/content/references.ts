import type { CollectionName } from './collections'
import type { Corpus, Entry } from './load'
import type { Problem } from './problems'
import { pathLabel } from './zod-issues'

const NOUN: Partial<Record<CollectionName, string>> = {
  sources: 'source',
  categories: 'skill category',
  skills: 'skill',
  tools: 'tool',
  occupations: 'occupation',
  roles: 'role',
  tracks: 'track',
  phases: 'lifecycle phase',
}

export type SlugSets = Record<CollectionName, Set<string>>

/** Slugs that exist per collection; `extra` adds files that exist but failed validation (already reported). */
export function slugSets(corpus: Corpus, extra?: SlugSets): SlugSets {
  const sets = {} as SlugSets
  for (const name of Object.keys(corpus) as CollectionName[]) {
    sets[name] = new Set([...corpus[name].map((e) => e.slug), ...(extra?.[name] ?? [])])
  }
  return sets
}

export function roleLinkSlug(link: string | { role: string }): string {
  return typeof link === 'string' ? link : link.role
}

// Every slug that points at another entry must name one that exists; the store's foreign keys
// would refuse it later, but here the editor learns the file and line.
export function checkReferences(corpus: Corpus, sets: SlugSets = slugSets(corpus)): Problem[] {
  const problems: Problem[] = []
  const ref = (entry: Entry<CollectionName>, at: PropertyKey[], target: CollectionName, value: string) => {
    if (sets[target].has(value)) return
    problems.push({
      file: entry.file,
      ...entry.locate(at),
      message: `field "${pathLabel(at)}": unknown ${NOUN[target] ?? target} "${value}" (no content/${target}/${value}.mdx)`,
    })
  }
  const duplicates = (entry: Entry<CollectionName>, at: PropertyKey[], values: string[], what: string) => {
    const seen = new Set<string>()
    values.forEach((value, i) => {
      if (seen.has(value)) {
        problems.push({ file: entry.file, ...entry.locate([...at, i]), message: `${what} "${value}" is listed twice` })
      }
      seen.add(value)
    })
  }
  const sourcesOf = (entry: Entry<CollectionName>, list: string[]) =>
    list.forEach((s, i) => ref(entry, ['sources', i], 'sources', s))

  for (const e of corpus.skills) {
    ref(e, ['category'], 'categories', e.data.category)
    e.data.tools.forEach((t, i) => ref(e, ['tools', i], 'tools', t))
    duplicates(e, ['tools'], e.data.tools, 'tool')
    sourcesOf(e, e.data.sources)
  }
  for (const e of corpus.tools) sourcesOf(e, e.data.sources)
  for (const e of corpus.occupations) ref(e, ['source'], 'sources', e.data.source)
  for (const e of corpus.roles) {
    const d = e.data
    if (d.track !== null) ref(e, ['track'], 'tracks', d.track)
    d.skills.forEach((s, i) => ref(e, ['skills', i, 'skill'], 'skills', s.skill))
    duplicates(e, ['skills'], d.skills.map((s) => s.skill), 'skill')
    d.tools.forEach((t, i) => ref(e, ['tools', i], 'tools', t))
    duplicates(e, ['tools'], d.tools, 'tool')
    for (const key of ['comesFrom', 'goesTo'] as const) {
      d[key].forEach((link, i) => {
        const at = typeof link === 'string' ? [key, i] : [key, i, 'role']
        ref(e, at, 'roles', roleLinkSlug(link))
        if (typeof link !== 'string' && link.source) ref(e, [key, i, 'source'], 'sources', link.source)
        if (roleLinkSlug(link) === e.slug) {
          problems.push({ file: e.file, ...e.locate(at), message: `field "${pathLabel(at)}": a role cannot lead to itself` })
        }
      })
    }
    d.related.forEach((r, i) => ref(e, ['related', i], 'roles', r))
    if ('occupation' in d.occupation) ref(e, ['occupation', 'occupation'], 'occupations', d.occupation.occupation)
    if (d.salary) {
      ref(e, ['salary', 'source'], 'sources', d.salary.source)
      if (d.salary.min > d.salary.max) {
        problems.push({
          file: e.file,
          ...e.locate(['salary', 'min']),
          message: `field "salary.min": expected at most salary.max (${d.salary.max}), found ${d.salary.min}`,
        })
      }
    }
    sourcesOf(e, d.sources)
  }
  for (const e of corpus.tracks) {
    e.data.skills.forEach((s, i) => ref(e, ['skills', i, 'skill'], 'skills', s.skill))
    duplicates(e, ['skills'], e.data.skills.map((s) => s.skill), 'skill')
    e.data.entries.forEach((r, i) => ref(e, ['entries', i, 'role'], 'roles', r.role))
    sourcesOf(e, e.data.sources)
  }
  for (const e of corpus.phases) {
    e.data.tools.forEach((t, i) => ref(e, ['tools', i], 'tools', t))
    e.data.roles.forEach((r, i) => ref(e, ['roles', i], 'roles', r))
    sourcesOf(e, e.data.sources)
  }
  for (const e of corpus.maturity) sourcesOf(e, e.data.sources)
  for (const e of corpus.ladder) sourcesOf(e, e.data.sources)
  for (const e of corpus.topics) sourcesOf(e, e.data.sources)
  for (const e of corpus.figures) ref(e, ['source'], 'sources', e.data.source)
  for (const e of corpus.scenarios) {
    e.data.parts.forEach((p, i) => ref(e, ['parts', i, 'role'], 'roles', p.role))
    sourcesOf(e, e.data.sources)
  }
  const categories = sets.categories
  for (const e of corpus.quiz) {
    if (!categories.has(e.data.category)) ref(e, ['category'], 'categories', e.data.category)
    duplicates(e, ['options'], e.data.options.map((o) => o.id), 'option id')
    e.data.options.forEach((o, i) =>
      o.evidence.forEach((ev, j) => ref(e, ['options', i, 'evidence', j, 'skill'], 'skills', ev.skill)),
    )
  }
  return problems
}

// Counted facts the rest of the app relies on: unique orders where pages sort by them.
export function checkOrders(corpus: Corpus): Problem[] {
  const problems: Problem[] = []
  const unique = <C extends CollectionName>(list: Entry<C>[], key: (e: Entry<C>) => number, field: string) => {
    const seen = new Map<number, string>()
    for (const e of list) {
      const value = key(e)
      const other = seen.get(value)
      if (other) problems.push({ file: e.file, ...e.locate([field]), message: `field "${field}": ${value} is already used by ${other}` })
      else seen.set(value, e.file)
    }
  }
  unique(corpus.scale, (e) => e.data.level, 'level')
  unique(corpus.maturity, (e) => e.data.level, 'level')
  unique(corpus.phases, (e) => e.data.order, 'order')
  unique(corpus.ladder, (e) => e.data.order, 'order')
  unique(corpus.quiz, (e) => e.data.order, 'order')
  return problems
}
