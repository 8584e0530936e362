import type { Comparison } from '@/lib/compare/types'
import { INFRA_NAMES, MATH_NAMES } from '@/lib/compare/summary'
import { RoleLabel, SIDE_BORDER, type Side } from './role-mark'

const BASIS = {
  source: 'Source: the sources state these',
  editorial: 'Editorial: the project’s reading of the sources',
} as const

function rating(key: string, value: number | null): string | null {
  if (value === null) return null
  const names = key === 'infraDepth' ? INFRA_NAMES : MATH_NAMES
  return `${names[value]} (${value} of 3)`
}

/** The six comparison dimensions, one row each, the two roles side by side (still two columns at 375 px). */
export function Dimensions({ comparison }: { comparison: Comparison }) {
  const { a, b, dimensions } = comparison
  const cell = (side: Side, name: string, text: string, r: string | null) => (
    <dd className={`min-w-0 border-l-4 pl-2 ${SIDE_BORDER[side]}`}>
      <span className="sr-only">{name}: </span>
      {r ? <span className="block text-xs font-semibold uppercase tracking-wide">{r}</span> : null}
      {text}
    </dd>
  )
  return (
    <div className="card">
      <div className="grid grid-cols-2 gap-3 border-b border-line pb-3 text-sm">
        {([['a', a.name, dimensions.basisA], ['b', b.name, dimensions.basisB]] as const).map(([side, name, basis]) => (
          <p key={side} className="min-w-0">
            <span className="block font-semibold"><RoleLabel side={side} name={name} /></span>
            <span className="text-xs text-muted">{BASIS[basis]}</span>
          </p>
        ))}
      </div>
      <dl className="divide-y divide-line text-sm">
        {dimensions.rows.map((row) => (
          <div key={row.key} className="grid grid-cols-2 gap-x-3 gap-y-1 py-3">
            <dt className="col-span-2 font-semibold">{row.label}</dt>
            {cell('a', a.name, row.a, rating(row.key, row.ratingA))}
            {cell('b', b.name, row.b, rating(row.key, row.ratingB))}
          </div>
        ))}
      </dl>
    </div>
  )
}
