import { IntentLink } from '@/components/intent-link'
import { describeLevel, formatLevel, type LevelDef } from '@/lib/levels'
import type { StepMove } from '@/lib/match/step-moves'
import type { GapStep, TargetFit } from '@/lib/scoring/types'
import { entryPath } from '@/lib/routes'

/** Accent, underlined and with a visible focus ring: a link that looks like one. */
export const LINK = 'font-medium ulink hover:decoration-2 focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent'

/**
 * The skills to raise for one role, biggest gain first. Each step says where the person is and what the target
 * level looks like in the scale's words, lists the tools that exercise the skill (descriptions behind a native
 * disclosure, so a tap or the keyboard opens them), and links to the career-move route when one exists.
 */
export function GapPlan({ fit, scale, move }: { fit: TargetFit; scale: LevelDef[]; move: StepMove | undefined }) {
  if (fit.gapPlan.length === 0) return null
  return (
    <div className="mt-4">
      <h4 className="text-sm font-semibold">Gap plan: raise these first</h4>
      <ol className="mt-2 space-y-3" aria-label={`Skills to raise for ${fit.name}, biggest gain first`}>
        {fit.gapPlan.map((step) => (
          <Step key={step.skill} step={step} scale={scale} move={move} role={fit.name} />
        ))}
      </ol>
    </div>
  )
}

function Step({ step, scale, move, role }: { step: GapStep; scale: LevelDef[]; move: StepMove | undefined; role: string }) {
  const target = scale.find((l) => l.level === step.target)
  const raisedOn = move?.raises[step.skill]
  return (
    <li className="rounded-md border border-line p-3 text-sm" data-testid="gap-step">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3">
        <IntentLink href={entryPath('skills', step.skill)} className={LINK}>{step.name}</IntentLink>
        <span className="tabular-nums text-muted">+{step.gain.toFixed(1)} points if reached</span>
      </p>
      <p className="mt-1">
        Now {describeLevel(scale, step.current)}; {role} needs <strong>{formatLevel(scale, step.target)}</strong>.
      </p>
      {target ? (
        <p className="mt-1 text-muted">
          <span className="font-medium text-ink">What {formatLevel(scale, step.target)} looks like:</span> {target.description}
        </p>
      ) : null}
      {step.tools.length > 0 ? (
        <details className="mt-2 group">
          <summary className="cursor-pointer rounded-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
            Tools to practise with: {step.tools.map((t) => t.name).join(', ')}
          </summary>
          <dl className="mt-1 space-y-1 border-l-2 border-line pl-3">
            {step.tools.map((t) => (
              <div key={t.slug}>
                <dt className="font-medium">{t.name}</dt>
                <dd className="text-muted">{t.description}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      {move ? (
        <p className="mt-2">
          <IntentLink href={move.href} className={LINK}>
            {raisedOn ? `The route to ${role} raises this skill on the step ${raisedOn}` : `The route to ${role}: ${move.route}`}
          </IntentLink>
        </p>
      ) : null}
    </li>
  )
}
