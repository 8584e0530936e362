import Link from 'next/link'
import { heatClass } from '@/components/level-chip'
import type { ArrangedMatrix } from '@/lib/browse/matrix-view'
import type { Matrix } from '@/lib/types'

type Props = { matrix: Matrix; view: ArrangedMatrix; highlightRole?: string; highlightSkill?: string }

// Plain markup: the explorer re-renders it with another order or subset.
export function MatrixTable({ matrix, view, highlightRole, highlightSkill }: Props) {
  const cols = view.roles.length + 1
  return (
    <div className="max-h-[80vh] w-fit max-w-full overflow-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label="Skills matrix, scrollable">
      <table className="border-separate border-spacing-0 text-sm" data-testid="matrix">
        <caption className="sr-only">Skill levels 0 to 4 by role (columns) and skill (rows), grouped by skill category</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 min-w-36 border-b border-r border-line bg-surface p-2 text-left align-bottom text-xs font-semibold text-muted sm:min-w-52 lg:min-w-60">
              Skill \ Role
            </th>
            {view.roles.map((r) => (
              <th
                key={r.slug}
                scope="col"
                className={`sticky top-0 z-20 h-44 w-9 min-w-9 border-b border-line bg-surface px-0 pb-2 align-bottom font-medium ${r.slug === highlightRole ? 'bg-accent-soft' : ''}`}
              >
                <Link href={`/roles/${r.slug}`} className="mx-auto block w-fit text-xs leading-tight hover:text-accent [writing-mode:vertical-rl] rotate-180" title={r.track ? `${r.name} · ${r.track.name}` : r.name}>
                  {r.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {view.groups.map((g) => (
          <tbody key={g.category.slug} id={`cat-${g.category.slug}`}>
            <tr>
              <th scope="rowgroup" colSpan={cols} className="border-b border-line bg-raised px-2 py-1.5 text-left text-xs font-semibold uppercase tracking-wide">
                <span className="sticky left-2">{g.category.name}</span>
              </th>
            </tr>
            {g.skills.map((s) => (
              <tr key={s.slug} className={s.slug === highlightSkill ? 'outline-2 -outline-offset-2 outline-accent' : ''}>
                <th scope="row" className="sticky left-0 z-10 border-b border-r border-line bg-surface px-2 py-1 text-left font-normal">
                  <Link href={`/skills/${s.slug}`} className="block max-w-36 truncate hover:text-accent sm:max-w-52 lg:max-w-60" title={s.name}>
                    {s.name}
                  </Link>
                </th>
                {view.roles.map((r) => {
                  const l = matrix.levels[r.slug]?.[s.slug] ?? 0
                  return (
                    <td
                      key={r.slug}
                      className={`border-b border-l border-canvas text-center text-xs font-semibold tabular-nums ${heatClass(l)} ${l === 0 ? 'text-muted! font-normal' : ''} ${r.slug === highlightRole ? 'ring-2 ring-inset ring-accent' : ''}`}
                    >
                      {l}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
