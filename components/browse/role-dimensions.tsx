import type { ReactNode } from 'react'
import type { RoleDimensions } from '@/lib/types'

function Depth({ rating, max = 3 }: { rating: number; max?: number }) {
  return (
    <span className="depth" aria-hidden="true">
      {Array.from({ length: max }, (_, i) => (
        <span key={i} className={i < rating ? 'on' : undefined} />
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
      <dl className="dims">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
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
