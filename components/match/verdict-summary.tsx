import { IntentLink } from '@/components/intent-link'
import type { RoleFit, Verdict } from '@/lib/scoring/types'
import { FitBar } from './fit-bar'
import { entryPath } from '@/lib/routes'

/** The answer first: the verdict sentence, then, when the person named their current role, where they are now. */
export function VerdictSummary({ verdict, trackLabels }: { verdict: Verdict; trackLabels: Map<string, string> }) {
  return (
    <section aria-labelledby="verdict-title" className="rounded-lg border-2 border-accent bg-accent-soft p-4 sm:p-5">
      <h2 id="verdict-title" className="text-sm font-semibold uppercase tracking-wide text-muted">The verdict</h2>
      <p className="mt-1 text-lg font-semibold text-balance sm:text-xl" data-testid="verdict">{verdict.sentence}</p>
      {verdict.current ? <WhereYouAre current={verdict.current} trackLabels={trackLabels} /> : null}
    </section>
  )
}

function WhereYouAre({ current, trackLabels }: { current: RoleFit; trackLabels: Map<string, string> }) {
  return (
    <div className="mt-4 border-t border-line pt-3" data-testid="where-you-are">
      <h3 className="font-semibold">Where you are</h3>
      <p className="text-sm">
        You named{' '}
        <IntentLink href={entryPath('roles', current.slug)} className="font-medium ulink">{current.name}</IntentLink>{' '}
        ({current.track ? trackLabels.get(current.track) ?? current.track : 'on neither track'}) as your role now. It is
        scored like any other, but it is where you start, so it is never offered as the move.
      </p>
      <div className="mt-2 max-w-md"><FitBar score={current.score} /></div>
    </div>
  )
}
