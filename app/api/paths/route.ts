import { parseProblems, pathsQuerySchema, resolveQuery } from '@/lib/paths/request'
import { findRoutes } from '@/lib/paths/routes'
import { getMoveGraph, getPathsModel } from '@/lib/queries/paths'
import { getScoringModel } from '@/lib/queries/scoring'

export const dynamic = 'force-dynamic'

/** GET /api/paths?from=<slug>&to=<slug> (or from=quiz&code=<result code>): the routes, best first. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  for (const key of ['from', 'to', 'code'] as const) {
    if (params.getAll(key).length > 1) return Response.json({ error: `${key}: give it once`, field: key }, { status: 400 })
  }
  const parsed = pathsQuerySchema.safeParse(Object.fromEntries(params))
  const [model, graph, scoring] = await Promise.all([getPathsModel(), getMoveGraph(), getScoringModel()])
  const resolved = parsed.success ? resolveQuery(parsed.data, model, scoring) : { ok: false as const, problems: parseProblems(parsed.error) }
  if (!resolved.ok) {
    // A malformed or missing field is a 400 before an unknown role is a 404.
    const problem = resolved.problems.find((p) => p.status === 400) ?? resolved.problems[0]
    if (!problem) return Response.json({ error: 'input: invalid', field: 'input' }, { status: 400 })
    return Response.json({ error: `${problem.field}: ${problem.error}`, field: problem.field }, { status: problem.status })
  }
  const result = findRoutes(graph, model, resolved.start, resolved.target)
  if (!result.ok) return Response.json({ from: result.from, to: result.to, routes: [], reason: result.reason })
  return Response.json({ from: result.from, to: result.to, formula: 'cost(A→B) = Σ_s need_B(s)/top · max(0, need_B(s) − level_A(s))', top: model.top, routes: result.routes, comparison: result.comparison })
}
