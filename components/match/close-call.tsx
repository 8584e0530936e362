import { IntentLink } from '@/components/intent-link'
import { CLOSE_CALL } from '@/lib/scoring/tiers'
import { describeLevel, formatLevel, type LevelDef } from '@/lib/levels'
import type { TieredRole, Verdict } from '@/lib/scoring/types'
import { LINK } from './gap-plan'
import { entryPath } from '@/lib/routes'

/** When the top two are within CLOSE_CALL points: the skills that decide between them, for this profile. */
export function CloseCall({ verdict, scale }: { verdict: Verdict; scale: LevelDef[] }) {
  const call = verdict.closeCall
  const name = (slug: string) => verdict.next.find((r: TieredRole) => r.slug === slug)?.name ?? slug
  if (!call) return null
  const [a, b] = [name(call.a), name(call.b)]
  return (
    <section aria-labelledby="close-call-title" className="card sm:p-5" data-testid="close-call">
      <h2 id="close-call-title" className="text-lg font-semibold tracking-tight">What separates {a} and {b}</h2>
      <p className="mt-1 text-sm text-muted">
        They are within {CLOSE_CALL} points of each other. {call.skills.length > 0
          ? 'These skills, where the two roles need different levels, move the difference most:'
          : 'No skill where their needs differ moves the difference by as much as half a point: they fit you alike.'}
      </p>
      {call.skills.length > 0 ? (
        <ul className="mt-2 space-y-2 text-sm">
          {call.skills.map((s) => (
            <li key={s.skill}>
              <IntentLink href={entryPath('skills', s.skill)} className={LINK}>{s.name}</IntentLink>: {a} needs {formatLevel(scale, s.needs[0])},{' '}
              {b} {formatLevel(scale, s.needs[1])}; you are {describeLevel(scale, s.have)}.{' '}
              <span className="font-medium">Favours {name(s.favours)}</span>{' '}
              <span className="tabular-nums text-muted">by {s.points.toFixed(1)} points.</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
