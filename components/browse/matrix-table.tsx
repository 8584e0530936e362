import { IntentLink } from '@/components/intent-link'
import { heatClass } from '@/components/level-chip'
import type { ArrangedMatrix } from '@/lib/browse/matrix-view'
import { shortLevel, type LevelDef } from '@/lib/levels'
import type { Matrix } from '@/lib/types'

type Props = {
  matrix: Matrix
  view: ArrangedMatrix
  highlightRole?: string
  highlightSkill?: string
  /** The person's own levels from their saved profile, shown as a first column when given. */
  you?: { levels: Record<string, number>; scale: LevelDef[] }
}

// Two levels of row headers (a category, then a skill) mean each cell names its three headers itself (`headers`):
// scope alone would leave the category out. The ids are short because all 792 cells repeat them.
const ID = { corner: 'mx', you: 'my', role: (i: number) => `r${i}`, skill: (i: number) => `s${i}`, category: (i: number) => `c${i}` }

// Plain markup: the explorer re-renders it with another order or subset. Cells and headers are styled from the
// table's `matrix` class (app/repeated-parts.css): 792 cells carry only their heat class and their headers.
export function MatrixTable({ matrix, view, highlightRole, highlightSkill, you }: Props) {
  const cols = view.roles.length + (you ? 2 : 1)
  const rowIds = new Map(view.groups.flatMap((g) => g.skills).map((s, i) => [s.slug, ID.skill(i)]))
  return (
    <div className="max-h-[80vh] w-fit max-w-full overflow-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label="Skills matrix, scrollable">
      <table className="matrix border-separate border-spacing-0 text-sm" data-testid="matrix">
        <caption className="sr-only">Skill levels 0 to 4 by role (columns) and skill (rows), grouped by skill category</caption>
        <thead>
          <tr>
            <th scope="col" id={ID.corner}>Skill \ Role</th>
            {you ? <th scope="col" id={ID.you} className="you"><span>You</span></th> : null}
            {view.roles.map((r, ri) => (
              <th key={r.slug} scope="col" id={ID.role(ri)} className={r.slug === highlightRole ? 'bg-accent-soft' : undefined}>
                <IntentLink href={`/roles/${r.slug}`} title={r.track ? `${r.name} · ${r.track.name}` : r.name}>
                  {r.name}
                </IntentLink>
              </th>
            ))}
          </tr>
        </thead>
        {view.groups.map((g, gi) => (
          <tbody key={g.category.slug} id={`cat-${g.category.slug}`}>
            <tr>
              <th scope="rowgroup" colSpan={cols} id={ID.category(gi)}>
                <span className="sticky left-2">{g.category.name}</span>
              </th>
            </tr>
            {g.skills.map((s) => {
              const row = `${rowIds.get(s.slug)} ${ID.category(gi)}`
              return (
                <tr key={s.slug} className={s.slug === highlightSkill ? 'outline-2 -outline-offset-2 outline-accent' : undefined}>
                  <th scope="row" id={rowIds.get(s.slug)}>
                    <IntentLink href={`/skills/${s.slug}`}>{s.name}</IntentLink>
                  </th>
                  {you ? <td headers={`${ID.you} ${row}`} className={`you ${heatClass(you.levels[s.slug] ?? 0)}`}>{shortLevel(you.scale, you.levels[s.slug] ?? 0)}</td> : null}
                  {view.roles.map((r, ri) => {
                    const l = matrix.levels[r.slug]?.[s.slug] ?? 0
                    return (
                      <td key={r.slug} headers={`${ID.role(ri)} ${row}`} className={r.slug === highlightRole ? `${heatClass(l)} ring-2 ring-inset ring-accent` : heatClass(l)}>
                        {l}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        ))}
      </table>
      {/* Stays at the bottom edge of the box while rows remain below it, so the table never looks shorter than it is. */}
      <div aria-hidden="true" className="pointer-events-none sticky bottom-0 left-0 h-10 bg-gradient-to-t from-surface to-transparent" />
    </div>
  )
}
