import { RoleLabel, SIDE_TOP, type Side } from '@/components/compare/role-mark'
import { SourceCite } from '@/components/source-cite'
import type { RoleDetail } from '@/lib/types'
import { OccupationFigures, OccupationScope } from './occupation-figures'
import { SalaryRange } from './salary-range'

function Column({ side, role }: { side: Side; role: RoleDetail }) {
  const { occupation: match, salary } = role
  const o = match.occupation
  return (
    <div className={`min-w-0 rounded-lg border border-line bg-surface p-3 ${SIDE_TOP[side]}`}>
      <h3 className="mb-2 text-sm font-semibold">
        <RoleLabel side={side} name={role.name} />
      </h3>
      {o ? (
        <>
          <OccupationFigures occupation={o} />
          <p className="mt-2 text-xs">
            Nearest occupation: <OccupationScope occupation={o} />
          </p>
        </>
      ) : (
        <p className="text-sm">No government pay figure fits this role. {match.note}</p>
      )}
      {salary ? (
        <div className="mt-3 border-t border-line pt-2 text-sm">
          <h4 className="text-xs font-medium text-muted">Range one source gives</h4>
          <SalaryRange salary={salary} />
        </div>
      ) : null}
    </div>
  )
}

/**
 * Both roles' pay and outlook side by side, even on a phone, so a comparison opens with them. When both roles map
 * to the same occupation the published figures cannot tell them apart, and the block says so.
 */
export function PayCompare({ a, b }: { a: RoleDetail; b: RoleDetail }) {
  const oa = a.occupation.occupation
  const ob = b.occupation.occupation
  const same = oa !== null && ob !== null && oa.slug === ob.slug
  const sources = [...new Map([oa, ob].flatMap((o) => (o ? [[o.source.slug, o.source] as const] : []))).values()]
  return (
    <section aria-labelledby="pay-title" data-testid="pay">
      <h2 id="pay-title" className="text-lg font-semibold">Pay and outlook</h2>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:gap-3">
        <Column side="a" role={a} />
        <Column side="b" role={b} />
      </div>
      <p className="mt-2 text-xs text-muted">
        {same ? `Both roles fall under the same occupation, so these figures cannot tell them apart. ` : null}
        Each occupation is broader than the role; the match is the project’s editorial reading.{' '}
        {sources.map((source) => (
          <SourceCite key={source.slug} source={source} />
        ))}
      </p>
    </section>
  )
}
