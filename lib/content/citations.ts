import type { CollectionName } from './collections'
import type { Corpus, Entry } from './load'
import type { Problem } from './problems'
import { entryTexts } from './entry-text'

type Name = { name: string; source: string; pattern: RegExp }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The sources an entry says it draws on, or null for collections that name none. */
function listedSources(entry: Entry<CollectionName>): string[] | null {
  const data: object = entry.data
  if ('sources' in data && Array.isArray(data.sources)) return data.sources.filter((s): s is string => typeof s === 'string')
  if ((entry.collection === 'figures' || entry.collection === 'occupations') && 'source' in data && typeof data.source === 'string') return [data.source]
  return null
}

/**
 * A prose citation must name a listed source: every mention of one of a source's `citedAs` names, in the body or
 * any text field of an entry that lists sources, is refused at its line unless that source is in the entry's
 * `sources` (a figure's `source`). Names match whole words, ignoring case. Pure.
 */
export function checkCitations(corpus: Corpus): Problem[] {
  const names: Name[] = corpus.sources.flatMap((s) =>
    s.data.citedAs.map((name) => ({ name, source: s.slug, pattern: new RegExp(`(?<![\\w.])${escape(name)}(?![\\w])`, 'gi') })),
  )
  const problems: Problem[] = []
  for (const collection of Object.keys(corpus) as CollectionName[]) {
    for (const entry of corpus[collection] as Entry<CollectionName>[]) {
      const listed = listedSources(entry)
      if (!listed) continue
      const field = 'sources' in entry.data ? 'sources' : 'source'
      for (const piece of entryTexts(entry)) {
        for (const { name, source, pattern } of names) {
          if (listed.includes(source)) continue
          for (const match of piece.text.matchAll(pattern)) {
            const column = piece.field === null ? piece.column + (match.index ?? 0) : piece.column
            const where = piece.field === null ? '' : ` in field "${piece.field}"`
            problems.push({
              file: entry.file,
              line: piece.line,
              column,
              message: `cites "${match[0]}"${where} (source ${source}), but field "${field}" does not list ${source}`,
            })
          }
        }
      }
    }
  }
  return problems
}
