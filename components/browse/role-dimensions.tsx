import type { ReactNode } from 'react'
import type { RoleDimensions } from '@/lib/types'

function Depth({ rating, max = 3 }: { rating: number; max?: number }) {
  return (
    <span className="inline-flex gap-0.5 align-middle" aria-hidden="true">
      {Array.from({ length: max }, (_, i) => (
        <span key={i} className={`h-2 w-4 rounded-sm ${i < rating ? 'bg-accent' : 'bg-raised border border-line'}`} />
      ))}
    </span>
  )
}

export function RoleDimensionsTable({ dimensions }: { dimensions: RoleDimensions }) {
  const rows: Array<[string, ReactNode]> = [
    ['Primary work', dimensions.primaryWork],
    ['Core skill', dimensions.coreSkill],
    ['Output', dimensions.output],
    [
      'Infrastructure depth',
      <span key="infra" className="flex flex-wrap items-center gap-2">
        <Depth rating={dimensions.infraDepth.rating} /> <span className="tabular-nums text-muted">{dimensions.infraDepth.rating}/3</span> {dimensions.infraDepth.text}
      </span>,
    ],
    [
      'Math depth',
      <span key="math" className="flex flex-wrap items-center gap-2">
        <Depth rating={dimensions.mathDepth.rating} /> <span className="tabular-nums text-muted">{dimensions.mathDepth.rating}/3</span> {dimensions.mathDepth.text}
      </span>,
    ],
    ['Demand', dimensions.demand],
  ]
  return (
    <div>
      <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 px-4 py-2.5 sm:grid-cols-[11rem_1fr] sm:gap-4">
            <dt className="text-sm font-semibold text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-muted">
        {dimensions.basis === 'source'
          ? 'These dimensions are stated by the sources.'
          : 'These dimensions are the project’s editorial reading of the sources.'}
      </p>
    </div>
  )
}
