import { moveCost } from './cost'
import type { PathsModel, RaiseSkill } from './types'

export type MoveExplanation = { fromName: string; toName: string; cost: number; raise: RaiseSkill[] }

/** One move's cost with its terms, skill by skill: the worked example the page shows under the formula. */
export function explainMove(model: PathsModel, from: { name: string; levels: Record<string, number> }, to: string): MoveExplanation {
  const { cost, gaps } = moveCost(from.levels, model.levels[to] ?? {}, model.top)
  return {
    fromName: from.name,
    toName: model.roles.find((r) => r.slug === to)?.name ?? to,
    cost,
    raise: gaps.map((g) => ({ ...g, name: model.skillNames[g.skill] ?? g.skill, tools: model.tools[g.skill] ?? [] })),
  }
}
