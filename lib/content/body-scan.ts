import { createProcessor } from '@mdx-js/mdx'
import remarkGfm from 'remark-gfm'

type Point = { line: number; column: number }

/** What the checks need to know about one MDX body, as plain data (positions are body-relative). */
export type BodyFacts = {
  syntaxError?: Point & { reason: string }
  esm: Array<Point & { statement: string }>
  elements: Array<Point & { name: string; attributes: Array<{ name: string | null; value: string | null }> }>
  expressions: Array<Point & { value: string }>
  links: Array<Point & { url: string }>
}

type MdNode = {
  type: string
  name?: string | null
  url?: string
  value?: string
  position?: { start: Point }
  attributes?: Array<{ type: string; name?: string; value?: unknown }>
  children?: MdNode[]
}

const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] })

function attributeText(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value.trim()
  return null
}

const isPoint = (value: unknown): value is Point =>
  !!value && typeof value === 'object' && 'line' in value && 'column' in value && typeof value.line === 'number'

// micromark reports a point, or a whole range, or (for an unclosed tag) only the range inside its message.
function errorPoint(error: unknown, reason: string): Point {
  const place = error && typeof error === 'object' && 'place' in error ? error.place : undefined
  if (isPoint(place)) return place
  if (place && typeof place === 'object' && 'start' in place && isPoint(place.start)) return place.start
  const range = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
  return range ? { line: Number(range[1]), column: Number(range[2]) } : { line: 1, column: 1 }
}

export function scanBody(body: string): BodyFacts {
  const facts: BodyFacts = { esm: [], elements: [], expressions: [], links: [] }
  let tree: MdNode
  try {
    tree = processor.parse(body) as MdNode
  } catch (error) {
    const reason = error instanceof Error ? ('reason' in error ? String(error.reason) : error.message) : String(error)
    facts.syntaxError = { ...errorPoint(error, reason), reason }
    return facts
  }
  const visit = (node: MdNode) => {
    const start = node.position?.start ?? { line: 1, column: 1 }
    const point = { line: start.line, column: start.column }
    if (node.type === 'mdxjsEsm') facts.esm.push({ ...point, statement: (node.value ?? '').split('\n')[0] ?? '' })
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = (node.attributes ?? []).map((attr) => ({
        name: attr.type === 'mdxJsxAttribute' && attr.name ? attr.name : null,
        value: attributeText(attr.value),
      }))
      facts.elements.push({ ...point, name: node.name ?? '(fragment)', attributes })
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      facts.expressions.push({ ...point, value: node.value ?? '' })
    } else if ((node.type === 'link' || node.type === 'definition') && node.url) facts.links.push({ ...point, url: node.url })
    node.children?.forEach(visit)
  }
  visit(tree)
  return facts
}
