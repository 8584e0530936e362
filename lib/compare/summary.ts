import type { RoleDimensions } from '@/lib/types'
import type { CategoryPair, SkillPair } from './types'

export const INFRA_NAMES = ['', 'light', 'moderate', 'deep'] as const
export const MATH_NAMES = ['', 'low', 'moderate', 'high'] as const

const LEADS = 2
const CATEGORY_GAPS = 2
/** Category means move in thirds; below half a level a gap is noise, not a difference worth a sentence. */
const MIN_CATEGORY_GAP = 0.5

type Side = { name: string; dimensions: RoleDimensions }

export function formatScore(value: number): string {
  return value.toFixed(1)
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function depthSentences(a: Side, b: Side): string[] {
  const infraA = a.dimensions.infraDepth.rating
  const infraB = b.dimensions.infraDepth.rating
  const mathA = a.dimensions.mathDepth.rating
  const mathB = b.dimensions.mathDepth.rating
  const infra = `infrastructure (${INFRA_NAMES[Math.max(infraA, infraB)]} vs ${INFRA_NAMES[Math.min(infraA, infraB)]})`
  const math = `maths (${MATH_NAMES[Math.max(mathA, mathB)]} vs ${MATH_NAMES[Math.min(mathA, mathB)]})`
  const infraLead = infraA === infraB ? null : infraA > infraB ? a : b
  const mathLead = mathA === mathB ? null : mathA > mathB ? a : b
  if (infraLead && infraLead === mathLead) return [`${infraLead.name} goes deeper on both ${infra} and ${math}.`]
  const out: string[] = []
  if (infraLead) out.push(`${infraLead.name} goes deeper on ${infra}.`)
  if (mathLead) out.push(`${mathLead.name} goes deeper on ${math}.`)
  const same = [
    infraLead ? null : `${INFRA_NAMES[infraA]} infrastructure`,
    mathLead ? null : `${MATH_NAMES[mathA]} maths`,
  ].filter((x): x is string => x !== null)
  if (same.length > 0) out.push(`Both roles need ${list(same)} depth.`)
  return out
}

/**
 * Skills where one side asks for more, biggest lead first. Among equal leads the one the role holds at
 * a higher level says more about it (statistics at 4 over SQL at 2); the stable sort keeps matrix order after that.
 */
function leadSentence(name: string, other: string, leads: SkillPair[], pick: (p: SkillPair) => [number, number]): string {
  if (leads.length === 0) return `${name} asks for no skill at a higher level than ${other}.`
  const ranked = [...leads].sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || pick(y)[0] - pick(x)[0])
  const parts = ranked.slice(0, LEADS).map((p) => {
    const [mine, theirs] = pick(p)
    return `${p.name} (${mine} vs ${theirs})`
  })
  return `${name} leans on ${list(parts)}.`
}

function categorySentence(a: string, b: string, categories: CategoryPair[]): string | null {
  const gaps = categories
    .filter((c) => Math.abs(c.delta) >= MIN_CATEGORY_GAP)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))
    .slice(0, CATEGORY_GAPS)
  if (gaps.length === 0) return 'By area, the two profiles sit within half a level of each other everywhere.'
  const parts = gaps.map((c) =>
    c.delta > 0
      ? `${c.name} (${b} ${formatScore(c.b)} vs ${formatScore(c.a)})`
      : `${c.name} (${a} ${formatScore(c.a)} vs ${formatScore(c.b)})`,
  )
  return `The widest gaps by area are ${list(parts)}.`
}

/**
 * A few sentences on the biggest differences, written from the data so every pair gets one.
 * `deltas` must be sorted largest difference first.
 */
export function summarize(
  a: Side,
  b: Side,
  deltas: SkillPair[],
  categories: CategoryPair[],
  overlap: { shared: number; onlyA: number; onlyB: number },
): string[] {
  const sentences = [...depthSentences(a, b)]
  sentences.push(leadSentence(a.name, b.name, deltas.filter((p) => p.delta < 0), (p) => [p.a, p.b]))
  sentences.push(leadSentence(b.name, a.name, deltas.filter((p) => p.delta > 0), (p) => [p.b, p.a]))
  const gaps = categorySentence(a.name, b.name, categories)
  if (gaps) sentences.push(gaps)
  sentences.push(
    `They share ${count(overlap.shared, 'skill')}; ${overlap.onlyA} ${overlap.onlyA === 1 ? 'appears' : 'appear'} only for ${a.name} and ${overlap.onlyB} only for ${b.name}.`,
  )
  return sentences
}

/** A description-length version of the summary for metadata and previews. */
export function shortSummary(sentences: string[], max = 200): string {
  let out = ''
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s
    if (next.length > max && out) break
    out = next
  }
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out
}
