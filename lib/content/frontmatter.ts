import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'

export type Position = { line: number; column: number }
export type PathSegment = PropertyKey

export type ParsedFile = {
  data: unknown
  body: string
  /** Line in the file where the body starts (1-based). */
  bodyLine: number
  /** Position in the file of the frontmatter key (or list item) at `path`, or of its nearest existing parent. */
  locate: (path: readonly PathSegment[]) => Position
  errors: Array<Position & { message: string }>
}

const FENCE = /^---[ \t]*$/

// Splits `---` frontmatter from the body and keeps the YAML nodes' offsets, so a schema problem at
// `skills[3].level` can be reported at the line where that key is written.
export function parseFrontmatter(source: string): ParsedFile {
  const lines = source.split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
      errors: [{ line: 1, column: 1, message: 'expected the file to start with a "---" frontmatter block, found none' }],
    }
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line))
  if (end === -1) {
    return {
      data: undefined,
      body: '',
      bodyLine: lines.length + 1,
      locate: () => ({ line: 1, column: 1 }),
      errors: [{ line: 1, column: 1, message: 'expected a closing "---" after the frontmatter, found end of file' }],
    }
  }
  const yamlText = lines.slice(1, end).join('\n')
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const toPosition = (offset: number): Position => {
    const pos = lineCounter.linePos(offset)
    return { line: pos.line + 1, column: pos.col }
  }
  const errors = doc.errors.map((e) => ({
    ...toPosition(e.pos[0]),
    message: `invalid YAML: ${e.message.split('\n')[0]}`,
  }))
  const locate = (path: readonly PathSegment[]): Position => {
    let node: unknown = doc.contents
    let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
        if (!pair || !isScalar(pair.key)) break
        offset = pair.key.range?.[0] ?? offset
        node = pair.value
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment]
        if (!isNode(item)) break
        offset = item.range?.[0] ?? offset
        node = item
      } else break
    }
    return toPosition(offset)
  }
  return {
    data: errors.length > 0 ? undefined : doc.toJS(),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    locate,
    errors,
  }
}
