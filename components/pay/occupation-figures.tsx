import { formatMoney, formatMonth, formatPercentChange, formatYearSpan } from '@/lib/format'
import type { Occupation } from '@/lib/types'

// The published figures are U.S. dollars by definition of the source, whatever currency a role's range uses.
const USD = 'USD'

function Figure({ label, value, detail, large }: { label: string; value: string; detail: string | null; large: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className={`font-bold tabular-nums ${large ? 'text-2xl' : 'text-lg'}`}>{value}</dd>
      {detail ? <dd className="text-xs text-muted">{detail}</dd> : null}
    </div>
  )
}

/** Median pay, projected growth and entry education of one occupation, each with the period it refers to. */
export function OccupationFigures({ occupation: o, large = false }: { occupation: Occupation; large?: boolean }) {
  const growthDetail = [formatYearSpan(o.outlookFrom, o.outlookTo), o.growthWords].filter(Boolean).join(' · ')
  return (
    <dl className={`grid gap-x-4 gap-y-2 ${large ? 'grid-cols-2 sm:grid-cols-3' : 'grid-cols-1'}`}>
      <Figure label="Median pay (US)" value={formatMoney(o.medianWage, USD)} detail={`a year, ${formatMonth(o.wagePeriod)}`} large={large} />
      <Figure label="Job growth" value={formatPercentChange(o.growth)} detail={growthDetail} large={large} />
      <div className={`min-w-0 ${large ? 'col-span-2 sm:col-span-1' : ''}`}>
        <dt className="text-xs font-medium text-muted">Typical entry education</dt>
        <dd className="text-sm font-semibold">{o.education}</dd>
      </div>
    </dl>
  )
}

/** Which occupation the figures describe, and any figure published for a wider group than the occupation. */
export function OccupationScope({ occupation: o }: { occupation: Occupation }) {
  return (
    <>
      <a href={o.url} className="font-medium ulink" rel="external">
        {o.title} (SOC {o.soc})
      </a>
      .
      {o.wageGroup ? <span> The pay figure is for {lowerFirst(o.wageGroup)}.</span> : null}
      {o.outlookGroup ? <span> The growth figure is for {lowerFirst(o.outlookGroup)}.</span> : null}
    </>
  )
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
