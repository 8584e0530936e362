import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

export type Position = { line: number; column: number }
export type PathSegment = PropertyKey

/** Where each key (and list item) of the frontmatter is written, by path. */
export type Positions = Record<string, [line: number, column: number]>

export type ParsedFrontmatter = {
  data: unknown
  positions: Positions
  errors: Array<Position & { message: string }>
}

export type ParsedFile = ParsedFrontmatter & {
  body: string
  /** Line in the file where the body starts (1-based). */
  bodyLine: number
  /** Position in the file of the frontmatter key (or list item) at `path`, or of its nearest existing parent. */
  locate: (path: readonly PathSegment[]) => Position
}

const FENCE = /^---[ \t]*$/
const SEP = '\u0001'
const pathKey = (path: readonly PathSegment[]) => path.map(String).join(SEP)

export type Split =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; body: string; bodyLine: number; error: Position & { message: string } }

/** Cheap split of `---` frontmatter from the body; no YAML parsing. */
export function splitFrontmatter(source: string): Split {
  const lines = source.split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) {
    const message = 'expected the file to start with a "---" frontmatter block, found none'
    return { ok: false, body: source, bodyLine: 1, error: { line: 1, column: 1, message } }
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line))
  if (end === -1) {
    const message = 'expected a closing "---" after the frontmatter, found end of file'
    return { ok: false, body: '', bodyLine: lines.length + 1, error: { line: 1, column: 1, message } }
  }
  return { ok: true, yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 }
}

/** Parses the YAML between the fences and records where every key is written (file lines, 1-based). */
export function parseYaml(yamlText: string): ParsedFrontmatter {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true })
  // The frontmatter starts on the file's second line.
  const at = (offset: number): [number, number] => {
    const pos = lineCounter.linePos(offset)
    return [pos.line + 1, pos.col]
  }
  const positions: Positions = {}
  const scalars: Array<[start: number, end: number]> = []
  const walk = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue
        const child = [...path, String(pair.key.value)]
        positions[pathKey(child)] = at(pair.key.range?.[0] ?? 0)
        walk(pair.value, child)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (!isNode(item)) return
        positions[pathKey([...path, i])] = at(item.range?.[0] ?? 0)
        walk(item, [...path, i])
      })
    } else if (isScalar(node) && node.range) scalars.push([node.range[0], node.range[2]])
  }
  const root = doc.contents as Node | null
  positions[pathKey([])] = at(root?.range?.[0] ?? 0)
  walk(root, [])
  const errors = doc.errors.map((e) => {
    let offset = e.pos[0]
    // An unclosed quote is detected where the text ends; the editor needs the line where it opened.
    if (e.code === 'MISSING_CHAR') {
      const open = scalars.filter(([start, end]) => start <= offset && offset <= end).sort((a, b) => b[0] - a[0])[0]
      if (open) offset = open[0]
    }
    const [line, column] = at(offset)
    return { line, column, message: `invalid YAML: ${e.message.split('\n')[0]}` }
  })
  return { data: errors.length > 0 ? undefined : doc.toJS(), positions, errors }
}

export function locator(positions: Positions): ParsedFile['locate'] {
  return (path) => {
    for (let n = path.length; n >= 0; n -= 1) {
      const hit = positions[pathKey(path.slice(0, n))]
      if (hit) return { line: hit[0], column: hit[1] }
    }
    return { line: 1, column: 1 }
  }
}

// Splits `---` frontmatter from the body and keeps the YAML nodes' positions, so a schema problem at
// `skills[3].level` can be reported at the line where that key is written.
export function parseFrontmatter(source: string): ParsedFile {
  const split = splitFrontmatter(source)
  if (!split.ok) {
    return { data: undefined, positions: {}, errors: [split.error], body: split.body, bodyLine: split.bodyLine, locate: () => ({ line: 1, column: 1 }) }
  }
  const parsed = parseYaml(split.yaml)
  return { ...parsed, body: split.body, bodyLine: split.bodyLine, locate: locator(parsed.positions) }
}
