import { LEVEL_MAX, LEVEL_MIN } from './schemas'
import type { BodyFacts } from './body-scan'
import type { LooseBody } from './load'
import type { Problem } from './problems'
import type { SlugSets } from './references'

export const MDX_COMPONENTS = {
  Callout: { required: [], optional: ['type', 'title'] },
  RoleLink: { required: ['slug'], optional: [] },
  SkillLink: { required: ['slug'], optional: [] },
  SkillBadge: { required: ['skill', 'level'], optional: [] },
} as const

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const

type ComponentName = keyof typeof MDX_COMPONENTS
const componentNames = Object.keys(MDX_COMPONENTS) as ComponentName[]
const isComponent = (name: string): name is ComponentName => (componentNames as string[]).includes(name)

type Point = { line: number; column: number }
type Element = BodyFacts['elements'][number]

export type Routes = { exists: (pathname: string) => boolean }

export function siteRoutes(sets: SlugSets): Routes {
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

// Checks what the scan found in a body against the corpus: no imports or exports, only the editor
// components with valid props, and internal links that lead to real pages.
export function checkBody(entry: LooseBody, facts: BodyFacts, sets: SlugSets, routes: Routes): Problem[] {
  const problems: Problem[] = []
  const offset = entry.bodyLine - 1
  const at = (point: Point, message: string) =>
    problems.push({ file: entry.file, line: point.line + offset, column: point.column, message })
  if (facts.syntaxError) {
    // Positions inside the parser's message are body-relative too.
    const reason = facts.syntaxError.reason.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_, l1, c1, l2, c2) =>
      `(line ${Number(l1) + offset}:${c1}-${Number(l2) + offset}:${c2})`,
    )
    at(facts.syntaxError, `MDX syntax error: ${reason}`)
    return problems
  }
  for (const esm of facts.esm) {
    at(esm, `expected no import or export (the components ${componentNames.join(', ')} are available without one), found "${esm.statement}"`)
  }
  for (const expression of facts.expressions) {
    at(expression, `expected text, found the expression "{${expression.value}}" (write braces as \\{ and \\})`)
  }
  for (const { url, ...point } of facts.links) {
    if (url.startsWith('/') && !routes.exists(url)) at(point, `link to "${url}": no such page`)
    else if (!url.startsWith('/') && !/^(https?:|mailto:|#)/.test(url)) {
      at(point, `link to "${url}": expected a site path starting with "/" or an https address`)
    }
  }
  for (const element of facts.elements) checkElement(element, sets, (message) => at(element, message))
  return problems
}

function checkElement(element: Element, sets: SlugSets, report: (message: string) => void) {
  const { name } = element
  if (!isComponent(name)) {
    report(`expected one of the components ${componentNames.join(', ')}, found <${name}>`)
    return
  }
  const spec = MDX_COMPONENTS[name]
  const allowed: readonly string[] = [...spec.required, ...spec.optional]
  const props = new Map<string, string | null>()
  for (const attr of element.attributes) {
    if (!attr.name) {
      report(`<${name}>: expected plain attributes, found a spread expression`)
      continue
    }
    if (!allowed.includes(attr.name)) {
      report(`<${name}>: unknown attribute "${attr.name}" (allowed: ${allowed.join(', ') || 'none'})`)
    }
    props.set(attr.name, attr.value)
  }
  for (const required of spec.required) {
    if (!props.has(required)) report(`<${name}>: missing required attribute "${required}"`)
  }
  const slug = props.get('slug')
  if (name === 'RoleLink' && slug && !sets.roles.has(slug)) report(`<RoleLink>: unknown role "${slug}" (no content/roles/${slug}.mdx)`)
  if (name === 'SkillLink' && slug && !sets.skills.has(slug)) report(`<SkillLink>: unknown skill "${slug}" (no content/skills/${slug}.mdx)`)
  if (name === 'SkillBadge') {
    const skill = props.get('skill')
    if (skill && !sets.skills.has(skill)) report(`<SkillBadge>: unknown skill "${skill}" (no content/skills/${skill}.mdx)`)
    const level = props.get('level')
    if (level !== undefined && !(level !== null && /^\d+$/.test(level) && Number(level) >= LEVEL_MIN && Number(level) <= LEVEL_MAX)) {
      report(`<SkillBadge>: expected level={${LEVEL_MIN}}…{${LEVEL_MAX}}, found ${level === null ? 'a non-number' : JSON.stringify(level)}`)
    }
  }
  if (name === 'Callout') {
    const type = props.get('type')
    if (type !== undefined && !(CALLOUT_TYPES as readonly string[]).includes(type ?? '')) {
      report(`<Callout>: expected type "note", "tip" or "warning", found ${JSON.stringify(type)}`)
    }
  }
}

export function checkBodies(bodies: LooseBody[], sets: SlugSets, scan: (body: string) => BodyFacts): Problem[] {
  const routes = siteRoutes(sets)
  return bodies.flatMap((entry) => (entry.body.trim() ? checkBody(entry, scan(entry.body), sets, routes) : []))
}
