import type { Category, MatrixSkill, RoleDetail, ToolRef } from '@/lib/types'
import type { MoveStep, SkillPair, SkillSplit } from './types'

const MAX_TOOLS_PER_STEP = 4

function levels(role: RoleDetail): Map<string, number> {
  return new Map(role.skills.map((s) => [s.slug, s.level]))
}

/** Every skill either role has (level ≥ 1), in matrix order. */
export function skillPairs(a: RoleDetail, b: RoleDetail, skills: MatrixSkill[], categories: Category[]): SkillPair[] {
  const la = levels(a)
  const lb = levels(b)
  const categoryNames = new Map(categories.map((c) => [c.slug, c.name]))
  return skills
    .map((s) => {
      const levelA = la.get(s.slug) ?? 0
      const levelB = lb.get(s.slug) ?? 0
      return {
        slug: s.slug,
        name: s.name,
        category: s.category,
        categoryName: categoryNames.get(s.category) ?? s.category,
        a: levelA,
        b: levelB,
        delta: levelB - levelA,
      }
    })
    .filter((p) => p.a >= 1 || p.b >= 1)
}

export function splitSkills(pairs: SkillPair[]): SkillSplit {
  return {
    shared: pairs.filter((p) => p.a >= 1 && p.b >= 1),
    onlyA: pairs.filter((p) => p.a >= 1 && p.b < 1),
    onlyB: pairs.filter((p) => p.a < 1 && p.b >= 1),
  }
}

/**
 * Sorts by a size key, largest first; ties keep matrix order and then slug, so the result never
 * depends on how the store happened to return rows.
 */
function bySize<T extends SkillPair>(pairs: T[], size: (p: T) => number, skills: MatrixSkill[]): T[] {
  const position = new Map(skills.map((s, i) => [s.slug, i]))
  return [...pairs].sort(
    (x, y) =>
      size(y) - size(x) ||
      (position.get(x.slug) ?? Infinity) - (position.get(y.slug) ?? Infinity) ||
      x.slug.localeCompare(y.slug),
  )
}

export function sortByDifference(pairs: SkillPair[], skills: MatrixSkill[]): SkillPair[] {
  return bySize(pairs, (p) => Math.abs(p.delta), skills)
}

/** The skills to gain or raise when moving from the first role to the second, biggest step first. */
export function movingSteps(
  pairs: SkillPair[],
  skills: MatrixSkill[],
  toolsBySkill: Record<string, ToolRef[]>,
  target: RoleDetail,
): MoveStep[] {
  const targetTools = new Set(target.tools.map((t) => t.slug))
  const steps = pairs
    .filter((p) => p.delta > 0)
    .map((p): MoveStep => {
      const tools = toolsBySkill[p.slug] ?? []
      // Tools the target role itself names come first: they are the ones the sources tie to the job.
      const ordered = [...tools.filter((t) => targetTools.has(t.slug)), ...tools.filter((t) => !targetTools.has(t.slug))]
      return { ...p, kind: p.a === 0 ? 'gain' : 'raise', tools: ordered.slice(0, MAX_TOOLS_PER_STEP) }
    })
  return bySize(steps, (p) => p.delta, skills)
}
