import { PageIntro, Section } from '@/components/section'
import { explainMove } from '@/lib/paths/explain'
import { routePath } from '@/lib/paths/format'
import { nearestMoves } from '@/lib/paths/nearest'
import { parseProblems, pathsQuerySchema, resolveQuery, type PathsQuery, type QueryProblem } from '@/lib/paths/request'
import { findRoutes } from '@/lib/paths/routes'
import type { PathsModel, Start } from '@/lib/paths/types'
import { getMoveGraph, getPathsModel } from '@/lib/queries/paths'
import { getScoringModel } from '@/lib/queries/scoring'
import { DirectComparisonNote } from './direct-comparison'
import { FormulaNote } from './formula-note'
import { MoveList } from './nearest-list'
import { PathsForm } from './paths-form'
import { RouteResults } from './route-results'

type Raw = Record<string, string | string[] | undefined>
const EXAMPLE = { from: 'data-scientist', to: 'mlops-engineer' }

const startName = (model: PathsModel, start: Start) =>
  start.kind === 'profile' ? start.name : (model.roles.find((r) => r.slug === start.slug)?.name ?? start.slug)

/** /paths: the form, the routes for a chosen pair, the nearest moves from the start and the formula in words. */
export async function PathsView({ searchParams }: { searchParams: Raw }) {
  const [model, graph, scoring] = await Promise.all([getPathsModel(), getMoveGraph(), getScoringModel()])
  const asked = ['from', 'to', 'code'].some((k) => k in searchParams)
  const parsed = pathsQuerySchema.safeParse(searchParams)
  const query: PathsQuery = parsed.success ? parsed.data : {}
  let problems: QueryProblem[] = parsed.success ? [] : parseProblems(parsed.error)
  const resolved = parsed.success && asked ? resolveQuery(parsed.data, model, scoring) : null
  if (resolved && !resolved.ok) problems = resolved.problems
  const result = resolved?.ok ? findRoutes(graph, model, resolved.start, resolved.target) : null
  const start = resolved?.ok ? resolved.start : null
  const code = start?.kind === 'profile' ? query.code : undefined
  const fromId = start?.kind === 'role' ? start.slug : 'quiz'
  const first = result?.ok ? result.routes[0]?.steps[0] : undefined
  const example = first && start
    ? explainMove(model, { name: first.fromName, levels: start.kind === 'role' ? (model.levels[start.slug] ?? {}) : start.levels }, first.to)
    : explainMove(model, { name: model.roles.find((r) => r.slug === EXAMPLE.from)?.name ?? EXAMPLE.from, levels: model.levels[EXAMPLE.from] ?? {} }, EXAMPLE.to)
  const near = start ? nearestMoves(graph, model, start) : null
  const mapHref = resolved?.ok && start?.kind === 'role' ? `/paths/map?from=${start.slug}&to=${resolved.target}` : '/paths/map'

  return (
    <div className="space-y-8">
      <PageIntro
        title="Career moves"
        lead="Where you are now, where you want to be: the routes between roles, what each move asks you to learn, and whether a stepping stone helps or only adds a detour."
      />
      <PathsForm roles={model.roles} from={query.from} to={query.to} code={query.code} problems={problems} />
      {result && start && resolved?.ok ? (
        <Section id="routes" title={`From ${startName(model, start)} to ${model.roles.find((r) => r.slug === resolved.target)?.name}`}>
          {result.ok ? (
            <div className="space-y-4">
              <RouteResults routes={result.routes} />
              <DirectComparisonNote comparison={result.comparison} fromName={startName(model, start)} toName={model.roles.find((r) => r.slug === resolved.target)?.name ?? ''} />
            </div>
          ) : (
            <p className="rounded-lg border border-line bg-warn-soft p-4" data-testid="no-route">{result.reason}</p>
          )}
        </Section>
      ) : null}
      {near && start ? (
        <Section id="nearest" title={`Nearest moves from ${startName(model, start)}`} lead="The five cheapest moves, split by what backs them.">
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="card">
              <h3 className="font-semibold">Named in the profiles</h3>
              <MoveList moves={near.named} from={fromId} code={code} empty="None of the five nearest moves is named; see the ones by skills." />
            </div>
            <div className="card">
              <h3 className="font-semibold">By skills alone</h3>
              <MoveList moves={near.bySkills} from={fromId} code={code} empty="All five nearest moves are named in the profiles." />
            </div>
          </div>
        </Section>
      ) : null}
      <Section id="method" title="How a move is costed">
        <FormulaNote example={example} top={model.top} />
      </Section>
      <p>
        <a href={mapHref} className="font-medium ulink">See the map of the field</a>
        {' · '}
        <a href={routePath(EXAMPLE.from, EXAMPLE.to)} className="ulink">Example: Data Scientist to MLOps Engineer</a>
      </p>
    </div>
  )
}
