import { createProcessor } from '@mdx-js/mdx'
import remarkGfm from 'remark-gfm'
import { LEVEL_MAX, LEVEL_MIN } from './schemas'
import type { CollectionName } from './collections'
import type { Corpus, Entry } from './load'
import type { Problem } from './problems'
import { slugSets } from './references'

export const MDX_COMPONENTS = {
  Callout: { required: [], optional: ['type', 'title'] },
  RoleLink: { required: ['slug'], optional: [] },
  SkillLink: { required: ['slug'], optional: [] },
  SkillBadge: { required: ['skill', 'level'], optional: [] },
} as const

type ComponentName = keyof typeof MDX_COMPONENTS
const componentNames = Object.keys(MDX_COMPONENTS) as ComponentName[]
const isComponent = (name: string): name is ComponentName => (componentNames as string[]).includes(name)

type Point = { line: number; column: number }
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

export type Routes = { exists: (pathname: string) => boolean }

export function siteRoutes(corpus: Corpus): Routes {
  const sets = slugSets(corpus)
  const fixed = new Set(['/', '/roles', '/skills', '/lifecycle', '/quiz', '/match', '/compare', '/tracks'])
  return {
    exists(pathname) {
      const clean = pathname.replace(/[#?].*$/, '').replace(/\/$/, '') || '/'
      if (fixed.has(clean)) return true
      const parts = clean.split('/').slice(1)
      const [section, a, b, ...rest] = parts
      if (rest.length > 0 || !a) return false
      if (section === 'roles' && !b) return sets.roles.has(a)
      if (section === 'skills' && !b) return sets.skills.has(a)
      if (section === 'tracks' && !b) return sets.tracks.has(a)
      if (section === 'compare' && b) return a !== b && sets.roles.has(a) && sets.roles.has(b)
      return false
    },
  }
}

// Parses each body as MDX (syntax errors carry the line), then walks the tree: no imports or exports,
// only the editor components with valid props, and internal links that lead to real pages.
export function checkBody(entry: Entry<CollectionName>, corpus: Corpus, routes: Routes): Problem[] {
  const problems: Problem[] = []
  const offset = entry.bodyLine - 1
  const at = (point: Point | undefined, message: string) =>
    problems.push({ file: entry.file, line: (point?.line ?? 1) + offset, column: point?.column ?? 1, message })
  let tree: MdNode
  try {
    tree = processor.parse(entry.body) as MdNode
  } catch (error) {
    const place = error && typeof error === 'object' && 'place' in error ? error.place : undefined
    const point = place && typeof place === 'object' && 'line' in place && 'column' in place ? (place as Point) : undefined
    const reason = error instanceof Error ? ('reason' in error ? String(error.reason) : error.message) : String(error)
    at(point, `MDX syntax error: ${reason}`)
    return problems
  }
  const sets = slugSets(corpus)
  const visit = (node: MdNode) => {
    const start = node.position?.start
    if (node.type === 'mdxjsEsm') {
      const statement = (node.value ?? '').split('\n')[0]
      at(start, `expected no import or export (the components ${componentNames.join(', ')} are available without one), found "${statement}"`)
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node, start)
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      at(start, `expected text, found the expression "{${node.value ?? ''}}" (write braces as \\{ and \\})`)
    } else if (node.type === 'link' && node.url) {
      const url = node.url
      if (url.startsWith('/') && !routes.exists(url)) at(start, `link to "${url}": no such page`)
      else if (!url.startsWith('/') && !/^(https?:|mailto:|#)/.test(url)) {
        at(start, `link to "${url}": expected a site path starting with "/" or an https address`)
      }
    }
    node.children?.forEach(visit)
  }
  const checkElement = (node: MdNode, start: Point | undefined) => {
    const name = node.name ?? '(fragment)'
    if (!isComponent(name)) {
      at(start, `expected one of the components ${componentNames.join(', ')}, found <${name}>`)
      return
    }
    const spec = MDX_COMPONENTS[name]
    const props = new Map<string, string | null>()
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        at(start, `<${name}>: expected plain attributes, found a spread expression`)
        continue
      }
      if (![...spec.required, ...spec.optional].includes(attr.name as never)) {
        at(start, `<${name}>: unknown attribute "${attr.name}" (allowed: ${[...spec.required, ...spec.optional].join(', ') || 'none'})`)
      }
      props.set(attr.name, attributeText(attr.value))
    }
    for (const required of spec.required) {
      if (!props.has(required)) at(start, `<${name}>: missing required attribute "${required}"`)
    }
    const slug = props.get('slug')
    if (name === 'RoleLink' && slug && !sets.roles.has(slug)) at(start, `<RoleLink>: unknown role "${slug}"`)
    if (name === 'SkillLink' && slug && !sets.skills.has(slug)) at(start, `<SkillLink>: unknown skill "${slug}"`)
    if (name === 'SkillBadge') {
      const skill = props.get('skill')
      if (skill && !sets.skills.has(skill)) at(start, `<SkillBadge>: unknown skill "${skill}"`)
      const level = props.get('level')
      if (level !== undefined && !(level !== null && /^\d+$/.test(level) && Number(level) >= LEVEL_MIN && Number(level) <= LEVEL_MAX)) {
        at(start, `<SkillBadge>: expected level={${LEVEL_MIN}}…{${LEVEL_MAX}}, found ${level === null ? 'a non-number' : JSON.stringify(level)}`)
      }
    }
    if (name === 'Callout') {
      const type = props.get('type')
      if (type !== undefined && !['note', 'tip', 'warning'].includes(type ?? '')) {
        at(start, `<Callout>: expected type "note", "tip" or "warning", found ${JSON.stringify(type)}`)
      }
    }
  }
  visit(tree)
  return problems
}

export function checkBodies(corpus: Corpus): Problem[] {
  const routes = siteRoutes(corpus)
  return (Object.keys(corpus) as CollectionName[]).flatMap((name) =>
    corpus[name].flatMap((entry) => (entry.body.trim() ? checkBody(entry, corpus, routes) : [])),
  )
}
