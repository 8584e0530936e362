import { categoryScores } from '@/lib/category-scores'
import type { RoleDetail, SkillVector, ToolRef } from '@/lib/types'
import { movingSteps, skillPairs, sortByDifference, splitSkills } from './skills'
import { summarize } from './summary'
import type { CategoryPair, Comparison, CompareInput, DimensionRow, PathNote, ToolSplit } from './types'

const TEXT_DIMENSIONS = [
  ['primaryWork', 'Primary work'],
  ['coreSkill', 'Core skill'],
  ['output', 'Output'],
] as const

function vector(role: RoleDetail): SkillVector {
  return Object.fromEntries(role.skills.map((s) => [s.slug, s.level]))
}

export function pathNote(a: RoleDetail, b: RoleDetail): PathNote {
  // The same store row shows up on both ends; either side may be the one that carries it.
  const link = a.pathsOut.find((p) => p.slug === b.slug) ?? b.pathsIn.find((p) => p.slug === a.slug)
  if (!link) return { kind: 'none' }
  return link.source ? { kind: 'source', source: link.source } : { kind: 'listed' }
}

export function splitTools(a: ToolRef[], b: ToolRef[]): ToolSplit {
  const inA = new Set(a.map((t) => t.slug))
  const inB = new Set(b.map((t) => t.slug))
  return {
    shared: a.filter((t) => inB.has(t.slug)),
    onlyA: a.filter((t) => !inB.has(t.slug)),
    onlyB: b.filter((t) => !inA.has(t.slug)),
  }
}

export function dimensionRows(a: RoleDetail, b: RoleDetail): DimensionRow[] {
  const da = a.dimensions
  const db = b.dimensions
  return [
    ...TEXT_DIMENSIONS.map(([key, label]) => ({ key, label, a: da[key], b: db[key], ratingA: null, ratingB: null })),
    { key: 'infraDepth', label: 'Infrastructure depth', a: da.infraDepth.text, b: db.infraDepth.text, ratingA: da.infraDepth.rating, ratingB: db.infraDepth.rating },
    { key: 'mathDepth', label: 'Maths depth', a: da.mathDepth.text, b: db.mathDepth.text, ratingA: da.mathDepth.rating, ratingB: db.mathDepth.rating },
    { key: 'demand', label: 'Demand', a: da.demand, b: db.demand, ratingA: null, ratingB: null },
  ]
}

export function categoryPairs(input: CompareInput): CategoryPair[] {
  const pa = categoryScores(vector(input.a), input.skills, input.categories)
  const pb = categoryScores(vector(input.b), input.skills, input.categories)
  return pa.map((c, i) => {
    const b = pb[i]?.value ?? 0
    return { category: c.category, name: c.name, a: c.value, b, delta: Math.round((b - c.value) * 10) / 10 }
  })
}

/** Everything the comparison page shows, for an ordered pair of distinct roles. */
export function compareRoles(input: CompareInput): Comparison {
  const { a, b, skills, categories, toolsBySkill } = input
  const pairs = skillPairs(a, b, skills, categories)
  const split = splitSkills(pairs)
  const deltas = sortByDifference(pairs, skills)
  const cats = categoryPairs(input)
  return {
    a: { slug: a.slug, name: a.name, summary: a.summary },
    b: { slug: b.slug, name: b.name, summary: b.summary },
    split,
    deltas,
    moving: { steps: movingSteps(pairs, skills, toolsBySkill, b), path: pathNote(a, b) },
    tools: splitTools(a.tools, b.tools),
    categories: cats,
    dimensions: { basisA: a.dimensions.basis, basisB: b.dimensions.basis, rows: dimensionRows(a, b) },
    summary: summarize(
      { name: a.name, dimensions: a.dimensions },
      { name: b.name, dimensions: b.dimensions },
      deltas,
      cats,
      { shared: split.shared.length, onlyA: split.onlyA.length, onlyB: split.onlyB.length },
    ),
  }
}
