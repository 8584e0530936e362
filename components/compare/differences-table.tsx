'use client'

import { useEffect, useState } from 'react'
import { differencesOnly, differencesSearch } from '@/lib/compare/differences-param'
import { LevelChip } from '@/components/level-chip'
import { RoleLabel } from './role-mark'
import { SignedDelta } from './signed-delta'

/** Only what a row shows: the payload carries these once and the rows are drawn from them. */
export type DifferenceRow = { name: string; category: string; a: number; b: number }

type Props = { a: string; b: string; rows: DifferenceRow[] }

/**
 * Every skill either role has, largest difference first. The toggle hides every row where both roles need the same
 * level, and keeps that choice in the address (all rows show without JavaScript).
 */
export function DifferencesTable({ a, b, rows }: Props) {
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  useEffect(() => setOnlyDifferences(differencesOnly(window.location.search)), [])
  const toggle = () => {
    const next = !onlyDifferences
    setOnlyDifferences(next)
    window.history.replaceState(null, '', `${window.location.pathname}${differencesSearch(next)}${window.location.hash}`)
  }
  const equal = rows.filter((r) => r.a === r.b).length
  const shown = onlyDifferences ? rows.filter((r) => r.a !== r.b) : rows
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <button
          type="button"
          aria-pressed={onlyDifferences}
          aria-controls="differences-table"
          onClick={toggle}
          className="rounded-md border border-line bg-surface px-3 py-1.5 font-medium hover:bg-raised aria-pressed:border-accent aria-pressed:bg-accent-soft"
        >
          <span aria-hidden="true">{onlyDifferences ? '✓ ' : ''}</span>Hide the {equal} skills both roles need at the same level
        </button>
        <span className="text-muted" aria-live="polite">
          {onlyDifferences ? `${shown.length} skills differ; ${equal} at the same level hidden` : `${rows.length} skills, ${equal} at the same level`}
        </span>
      </div>
      {/* Clipped, not scrolled: a scrolling box would hold the sticky header row inside itself. The table fits a 320 px screen. */}
      <div className="relative overflow-clip rounded-lg border border-line bg-surface">
        {/* Cells are styled from the table's `diff-table` class (app/repeated-parts.css): a comparison has up to 44 rows. */}
        <table id="differences-table" className="diff-table">
          <caption className="px-3 pt-2 text-left text-xs text-muted">
            Levels 0–4. Difference is the second role minus the first: + means {b} asks for more, − means {a} does.
          </caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col"><RoleLabel side="a" name={a} /></th>
              <th scope="col"><RoleLabel side="b" name={b} /></th>
              <th scope="col"><span aria-hidden="true" className="sm:hidden">±</span><span className="max-sm:sr-only">Difference</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.name} data-delta={r.b - r.a}>
                <th scope="row">
                  {r.name}
                  <small>{r.category}</small>
                </th>
                <td><LevelChip level={r.a} /></td>
                <td><LevelChip level={r.b} /></td>
                <td><SignedDelta delta={r.b - r.a} a={a} b={b} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
