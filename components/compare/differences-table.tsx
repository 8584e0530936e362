'use client'

import { useState } from 'react'
import { LevelChip } from '@/components/level-chip'
import { RoleLabel } from './role-mark'
import { SignedDelta } from './signed-delta'

/** Only what a row shows: the payload carries these once and the rows are drawn from them. */
export type DifferenceRow = { name: string; category: string; a: number; b: number }

type Props = { a: string; b: string; rows: DifferenceRow[] }

/** Every skill either role has, largest difference first; the toggle hides equal levels (all rows show without JS). */
export function DifferencesTable({ a, b, rows }: Props) {
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  const equal = rows.filter((r) => r.a === r.b).length
  const shown = onlyDifferences ? rows.filter((r) => r.a !== r.b) : rows
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <button
          type="button"
          aria-pressed={onlyDifferences}
          aria-controls="differences-table"
          onClick={() => setOnlyDifferences((v) => !v)}
          className="rounded-md border border-line bg-surface px-3 py-1.5 font-medium hover:bg-raised aria-pressed:border-accent aria-pressed:bg-accent-soft"
        >
          Show only differences
        </button>
        <span className="text-muted" aria-live="polite">
          {onlyDifferences ? `${shown.length} skills differ; ${equal} at the same level hidden` : `${rows.length} skills, ${equal} at the same level`}
        </span>
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
        <table id="differences-table" className="w-full text-sm">
          <caption className="px-3 pt-2 text-left text-xs text-muted">
            Levels 0–4. Difference is the second role minus the first: + means {b} asks for more, − means {a} does.
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-2 font-semibold sm:px-3">Skill</th>
              <th scope="col" className="w-px px-1 py-2 text-center text-xs font-semibold sm:px-2 sm:text-sm"><RoleLabel side="a" name={a} /></th>
              <th scope="col" className="w-px px-1 py-2 text-center text-xs font-semibold sm:px-2 sm:text-sm"><RoleLabel side="b" name={b} /></th>
              <th scope="col" className="w-px py-2 pl-1 pr-2 text-right font-semibold sm:px-3"><span aria-hidden="true" className="sm:hidden">±</span><span className="max-sm:sr-only">Difference</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.name} data-delta={r.b - r.a} className="border-b border-line last:border-0">
                <th scope="row" className="px-2 py-1.5 text-left font-normal sm:px-3">
                  {r.name}
                  <span className="block text-xs text-muted">{r.category}</span>
                </th>
                <td className="px-1 py-1.5 text-center sm:px-2"><LevelChip level={r.a} /></td>
                <td className="px-1 py-1.5 text-center sm:px-2"><LevelChip level={r.b} /></td>
                <td className="py-1.5 pl-1 pr-2 text-right sm:px-3"><SignedDelta delta={r.b - r.a} a={a} b={b} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
