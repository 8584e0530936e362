import { LevelChip } from '@/components/level-chip'
import type { SkillPair, SkillSplit as Split } from '@/lib/compare/types'
import { RoleMark, SIDE_TOP, type Side } from './role-mark'

function Group({ id, title, side, rows, show, empty }: {
  id: string
  title: string
  side: Side | null
  rows: SkillPair[]
  show: Array<{ side: Side; name: string }>
  empty: string
}) {
  return (
    <div className={`rounded-lg border border-line bg-surface p-4 ${side ? SIDE_TOP[side] : ''}`}>
      <h3 id={id} className="flex items-center gap-1.5 font-semibold">
        {side ? <RoleMark side={side} /> : null}
        {title} <span className="font-normal text-muted">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="mt-2 divide-y divide-line text-sm">
          {rows.map((r) => (
            <li key={r.slug} className="flex items-center justify-between gap-2 py-1.5">
              <span>{r.name}</span>
              <span className="flex shrink-0 items-center gap-1.5">
                {show.map(({ side: s, name }) => (
                  <span key={s} className="inline-flex items-center gap-1">
                    {show.length > 1 ? <RoleMark side={s} /> : null}
                    <span className="sr-only">{name}:</span>
                    <LevelChip level={s === 'a' ? r.a : r.b} />
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function SkillSplit({ a, b, split }: { a: string; b: string; split: Split }) {
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-2 xl:grid-cols-3">
      <div className="md:row-span-2 xl:row-span-1">
        <Group
          id="split-shared"
          title="Both roles"
          side={null}
          rows={split.shared}
          show={[{ side: 'a', name: a }, { side: 'b', name: b }]}
          empty="These roles have no skill in common."
        />
      </div>
      <Group id="split-a" title={`Only ${a}`} side="a" rows={split.onlyA} show={[{ side: 'a', name: a }]} empty={`Every skill ${a} has, ${b} has too.`} />
      <Group id="split-b" title={`Only ${b}`} side="b" rows={split.onlyB} show={[{ side: 'b', name: b }]} empty={`Every skill ${b} has, ${a} has too.`} />
    </div>
  )
}
