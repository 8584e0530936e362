import type { CollectionName } from './collections'
import type { Entry } from './load'

/** One piece of an entry's prose with the file position it starts at. */
export type TextPiece = { text: string; line: number; column: number; field: string | null }

function strings(value: unknown, at: PropertyKey[], out: Array<{ at: PropertyKey[]; text: string }>) {
  if (typeof value === 'string') out.push({ at, text: value })
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, [...at, i], out))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, [...at, key], out)
}

/**
 * Every text an entry shows: each string of its frontmatter (positioned at its key, since a YAML string may
 * wrap) and each line of its MDX body (positioned exactly). Pure; the citation and copying checks read it.
 */
export function entryTexts(entry: Entry<CollectionName>): TextPiece[] {
  const found: Array<{ at: PropertyKey[]; text: string }> = []
  strings(entry.data, [], found)
  const pieces: TextPiece[] = found.map(({ at, text }) => ({ text, ...entry.locate(at), field: at.map(String).join('.') }))
  entry.body.split(/\r?\n/).forEach((text, i) => pieces.push({ text, line: entry.bodyLine + i, column: 1, field: null }))
  return pieces
}
