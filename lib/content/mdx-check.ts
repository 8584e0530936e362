import { pageExists } from '@/lib/routes'
import type { BodyFacts } from './body-scan'
import type { LooseBody } from './load'
import { CALLOUT_TYPES, MDX_COMPONENT_NAMES, MDX_COMPONENTS, type MdxComponentName } from './mdx-components'
import type { Problem } from './problems'
import type { SlugSets } from './references'

const isComponent = (name: string): name is MdxComponentName => (MDX_COMPONENT_NAMES as string[]).includes(name)
const componentNames = MDX_COMPONENT_NAMES

type Point = { line: number; column: number }
type Element = BodyFacts['elements'][number]

/** What a body is checked against: the slugs that exist and the levels of the scale. */
export type BodyContext = { sets: SlugSets; levels: ReadonlySet<number> }

// Checks what the scan found in a body against the corpus: no imports or exports, only the editor
// components with valid props, and internal links that lead to real pages.
export function checkBodyFacts(entry: LooseBody, facts: BodyFacts, context: BodyContext): Problem[] {
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
    if (url.startsWith('/') && !pageExists(url, context.sets)) at(point, `link to "${url}": no such page`)
    else if (!url.startsWith('/') && !/^(https?:|mailto:|#)/.test(url)) {
      at(point, `link to "${url}": expected a site path starting with "/" or an https address`)
    }
  }
  for (const element of facts.elements) checkElement(element, context, (message) => at(element, message))
  return problems
}

function checkElement(element: Element, { sets, levels }: BodyContext, report: (message: string) => void) {
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
    if (level !== undefined && !(level !== null && /^\d+$/.test(level) && levels.has(Number(level)))) {
      const scale = [...levels].sort((a, b) => a - b)
      report(`<SkillBadge>: expected level={${scale[0]}}…{${scale.at(-1)}} (the scale in content/scale), found ${level === null ? 'a non-number' : JSON.stringify(level)}`)
    }
  }
  if (name === 'Callout') {
    const type = props.get('type')
    if (type !== undefined && !(CALLOUT_TYPES as readonly string[]).includes(type ?? '')) {
      report(`<Callout>: expected type "note", "tip" or "warning", found ${JSON.stringify(type)}`)
    }
  }
}

export function checkBodies(bodies: LooseBody[], context: BodyContext, scan: (body: string) => BodyFacts): Problem[] {
  return bodies.flatMap((entry) => (entry.body.trim() ? checkBodyFacts(entry, scan(entry.body), context) : []))
}
