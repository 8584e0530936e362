import { Pill } from '@/components/section'
import { SalaryRange } from './salary-range'
import { SourceCite } from '@/components/source-cite'
import type { RolePay } from '@/lib/types'
import { OccupationFigures, OccupationScope } from './occupation-figures'

/**
 * A role's pay and outlook for its first screen: the nearest standard occupation's published figures, labelled as
 * broader than the role, or a plain statement that no occupation fits; then a source's own range where one exists.
 */
export function PayOutlook({ pay, roleName }: { pay: RolePay; roleName: string }) {
  const { occupation: match, salary } = pay
  const o = match.occupation
  return (
    <section aria-labelledby="pay-title" data-testid="pay" className="card">
      <h2 id="pay-title" className="sr-only">Pay and outlook</h2>
      {o ? (
        <>
          <OccupationFigures occupation={o} large />
          <p className="mt-3 text-sm">
            <Pill tone="warn">Broader than this role</Pill> Figures for the nearest standard occupation, <OccupationScope occupation={o} />{' '}
            {match.note}
          </p>
          <p className="mt-1 text-xs text-muted">
            The match to {roleName} is the project’s editorial reading. <SourceCite source={o.source} />
          </p>
        </>
      ) : (
        <p className="text-sm" data-testid="no-occupation">
          <span className="font-semibold">No government pay figure fits this role.</span> {match.note}
        </p>
      )}
      {salary ? (
        <div className="mt-3 border-t border-line pt-3">
          <h3 className="text-xs font-medium text-muted">Range one source gives for {roleName}</h3>
          <SalaryRange salary={salary} />
        </div>
      ) : null}
    </section>
  )
}
