import type { ReactNode } from 'react'
import { shortCategoryName } from '@/lib/category-scores'
import { LazySkillRadar } from './lazy-skill-radar'
import type { RadarColor } from './skill-radar'

export type CategoryRow = { category: string; name: string }
/** One line on the radar and one column in the table; `values` follow the order of the rows. */
export type CategorySeries = { key: string; name: string; color: RadarColor; values: number[] }
/** An optional last column, e.g. the difference between two series. */
export type ExtraColumn = { header: ReactNode; cell: (index: number) => ReactNode }

const SWATCH: Record<RadarColor, string> = { accent: 'bg-accent', second: 'bg-second', ink: 'bg-ink' }

export function SeriesName({ name, color }: { name: string; color: RadarColor }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className={`inline-block size-2.5 shrink-0 rounded-sm ${SWATCH[color]}`} />
      {name}
    </span>
  )
}

type Props = { rows: CategoryRow[]; series: CategorySeries[]; caption: string; top: number; extra?: ExtraColumn; height?: number }

/**
 * Levels by skill category: the radar for the shape and, for everyone who cannot or would rather not read a chart,
 * a table with the same numbers. Axis labels are shortened so they fit on a phone; the table keeps the full names.
 */
export function CategoryChart({ rows, series, caption, top, extra, height = 320 }: Props) {
  const data = rows.map((r, i) => ({ axis: shortCategoryName(r.name), ...Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? 0])) }))
  const legend = series.map(({ key, name, color }) => ({ key, name, color }))
  return (
    <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
      <div className="min-w-0 rounded-lg border border-line bg-surface px-2 py-2 [&_svg]:overflow-visible">
        <LazySkillRadar data={data} series={legend} top={top} height={height} />
      </div>
      <div className="min-w-0 overflow-x-auto rounded-lg border border-line bg-surface">
        {/* Cells are styled from the table's `cat-table` class (app/repeated-parts.css). */}
        <table className="cat-table">
          <caption className="px-3 pt-2 text-left text-xs text-muted">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {series.length > 1 ? <SeriesName name={s.name} color={s.color} /> : s.name}
                </th>
              ))}
              {extra ? <th scope="col" className="pl-1 pr-2 sm:px-3">{extra.header}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.category}>
                <th scope="row">{r.name}</th>
                {series.map((s) => (
                  <td key={s.key}>{(s.values[i] ?? 0).toFixed(1)}</td>
                ))}
                {extra ? <td className="extra">{extra.cell(i)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
