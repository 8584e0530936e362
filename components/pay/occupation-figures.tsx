import { formatMoney, formatMonth, formatPercentChange, formatYearSpan } from '@/lib/format'
import type { Occupation } from '@/lib/types'

// The published figures are U.S. dollars by definition of the source, whatever currency a role's range uses.
const USD = 'USD'

/** Median pay, projected growth and entry education of one occupation, each with the period it refers to (styled from `.pay-figures`). */
export function OccupationFigures({ occupation: o, large = false }: { occupation: Occupation; large?: boolean }) {
  const growthDetail = [formatYearSpan(o.outlookFrom, o.outlookTo), o.growthWords].filter(Boolean).join(' · ')
  return (
    <dl className={large ? 'pay-figures' : 'pay-figures compact'}>
      <div>
        <dt>Median pay (US)</dt>
        <dd>{formatMoney(o.medianWage, USD)}</dd>
        <dd>a year, {formatMonth(o.wagePeriod)}</dd>
      </div>
      <div>
        <dt>Job growth</dt>
        <dd>{formatPercentChange(o.growth)}</dd>
        {growthDetail ? <dd>{growthDetail}</dd> : null}
      </div>
      <div>
        <dt>Typical entry education</dt>
        <dd>{o.education}</dd>
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
