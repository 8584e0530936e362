import { IntentLink } from '@/components/intent-link'
import { describeLevel, formatLevel, type LevelDef } from '@/lib/levels'
import type { StepMove } from '@/lib/match/step-moves'
import type { FitItem, TargetFit } from '@/lib/scoring/types'
import { GapPlan, LINK } from './gap-plan'
import { entryPath } from '@/lib/routes'

function Items({ title, items, sign, empty, scale }: { title: string; items: FitItem[]; sign: '+' | '−'; empty: string; scale: LevelDef[] }) {
  return (
    <div>
      <h4 className="text-sm font-semibold">{title}</h4>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1.5 text-sm">
          {items.map((item) => (
            <li key={item.skill} className="flex justify-between gap-3">
              <span>
                <IntentLink href={entryPath('skills', item.skill)} className={LINK}>{item.name}</IntentLink>{' '}
                <span className="text-muted">
                  you {describeLevel(scale, item.have)}
                  {item.need > 0 ? `; needs ${formatLevel(scale, item.need)}` : '; not needed'}
                </span>
              </span>
              <span className="shrink-0 font-semibold tabular-nums">{sign}{item.points.toFixed(1)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Why one role scored what it did: the points each skill won or cost, then the plan to close the gaps. */
export function RoleExplanation({ fit, rank, scale, move, track }: { fit: TargetFit; rank: number | null; scale: LevelDef[]; move: StepMove | undefined; track: string | null }) {
  // Unranked is the chosen target, shown apart from the ranking that may hold the same role: ids stay unique.
  const id = `${rank === null ? 'target' : 'why'}-${fit.slug}`
  return (
    <article aria-labelledby={id} className="card sm:p-5" data-testid="role-explanation">
      <h3 id={id} className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-semibold">
        <span>{rank === null ? '' : `${rank}. `}{fit.name}</span>
        <span className="tabular-nums">{fit.score}<span className="text-sm font-normal text-muted"> / 100</span></span>
      </h3>
      <p className="text-sm text-muted">{track ?? 'On neither track'}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <Items title="Raised your fit most" items={fit.strengths} sign="+" empty="None of your skills meets a need of this role yet." scale={scale} />
        <div className="space-y-3">
          <Items title="Lowered it most" items={fit.gaps} sign="−" empty="No gaps: you meet every need of this role." scale={scale} />
          {fit.unused.length > 0 ? (
            <Items title="Skills this role would leave unused" items={fit.unused} sign="−" empty="" scale={scale} />
          ) : null}
        </div>
      </div>
      <GapPlan fit={fit} scale={scale} move={move} />
      <p className="mt-3 text-sm">
        <IntentLink href={entryPath('roles', fit.slug)} className={LINK}>Read the {fit.name} profile</IntentLink>
      </p>
    </article>
  )
}
