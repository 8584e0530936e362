import { SourceCite } from '@/components/source-cite'
import { formatMoneyRange } from '@/lib/format'
import type { Salary } from '@/lib/types'

// The ranges come from a sidebar that prints them bare; every place that shows one says so, in the same words.
const CAVEAT = 'As the source prints it: it gives no currency, period, location or seniority for the range.'

/** A source's salary range with its note, its caveat and its source. */
export function SalaryRange({ salary }: { salary: Salary }) {
  return (
    <div className="space-y-1">
      <p className="font-bold tabular-nums" data-testid="salary">
        {formatMoneyRange(salary.min, salary.max, salary.currency)}
      </p>
      {salary.note ? <p className="text-sm">{salary.note}</p> : null}
      <p className="text-xs text-muted">{CAVEAT}</p>
      <p>
        <SourceCite source={salary.source} />
      </p>
    </div>
  )
}
