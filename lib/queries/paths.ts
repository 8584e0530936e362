import { cache } from 'react'
import { db } from '@/lib/db'
import { topLevel } from '@/lib/levels'
import { memoByObject } from '@/lib/memo-by-object'
import { buildMoveGraph } from '@/lib/paths/graph'
import type { PathsModel } from '@/lib/paths/types'
import { perContentVersion } from './content-version'
import { getMatrix } from './matrix'
import { getScoringModel } from './scoring'
import { sourceSelect } from './selects'

/** The roles, their levels, the moves the content lists and the tools per skill: all the move model reads. */
async function readPathsModel(): Promise<PathsModel> {
  const [matrix, scoring, moves] = await Promise.all([
    getMatrix(),
    getScoringModel(),
    db.rolePath.findMany({ orderBy: [{ fromSlug: 'asc' }, { toSlug: 'asc' }], include: { source: { select: sourceSelect } } }),
  ])
  return {
    roles: matrix.roles.map((r) => ({ slug: r.slug, name: r.name, category: r.category, track: r.track })),
    levels: matrix.levels,
    moves: moves.map((m) => ({ from: m.fromSlug, to: m.toSlug, source: m.source })),
    top: topLevel(scoring.scale),
    skillNames: Object.fromEntries(matrix.skills.map((s) => [s.slug, s.name])),
    tools: scoring.tools,
  }
}

// Read once per content version: /paths with a choice renders per request and needs the same model every time.
const pathsModel = perContentVersion(readPathsModel)
export const getPathsModel = cache(() => pathsModel())

// One graph per model: the model is the same frozen object until a re-seed, and nothing changes the graph (a
// route from a quiz result copies it), so /match and /quiz/result build it once per content version.
const graphOf = memoByObject(buildMoveGraph)
export const getMoveGraph = cache(async () => graphOf(await getPathsModel()))
