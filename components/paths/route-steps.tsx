import { formatCost, formatLevel } from '@/lib/paths/format'
import type { Route } from '@/lib/paths/types'
import { MoveBasisNote } from './move-basis'

const SKILLS_SHOWN = 6

/** One route, step by step: each move's cost and basis, and the skills to raise in order of impact with their tools. */
export function RouteSteps({ route, title, testId }: { route: Route; title: string; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId} className="card">
      <h3 className="font-semibold">
        {title}: {route.steps.length === 1 ? 'one move' : `${route.steps.length} moves`}, cost {formatCost(route.cost)}
      </h3>
      <ol className="mt-3 space-y-4">
        {route.steps.map((step, i) => (
          <li key={`${step.from}-${step.to}`} className="border-l-4 border-accent pl-3" data-testid="route-step">
            <p className="font-medium">
              <span className="text-muted">{i + 1}.</span> {step.fromName} →{' '}
              <a href={`/roles/${step.to}`} className="ulink">{step.toName}</a>{' '}
              <span className="text-sm text-muted tabular-nums">(cost {formatCost(step.cost)})</span>
            </p>
            <p className="cite text-sm"><MoveBasisNote basis={step.basis} source={step.source} /></p>
            {step.raise.length === 0 ? (
              <p className="text-sm text-muted">Nothing to raise: the levels already meet every need of {step.toName}.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm" aria-label={`Skills to raise for ${step.toName}`}>
                {step.raise.slice(0, SKILLS_SHOWN).map((s) => (
                  <li key={s.skill}>
                    <span className="font-medium">{s.name}</span>{' '}
                    <span className="tabular-nums">{formatLevel(s.from)} → {s.to}</span>
                    {s.tools.length > 0 ? <span className="text-muted"> · with {s.tools.slice(0, 3).map((t) => t.name).join(', ')}</span> : null}
                  </li>
                ))}
                {step.raise.length > SKILLS_SHOWN ? (
                  <li className="text-muted">and {step.raise.length - SKILLS_SHOWN} smaller gaps ({step.raise.slice(SKILLS_SHOWN).map((s) => s.name).join(', ')})</li>
                ) : null}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
