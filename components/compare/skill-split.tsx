import type { SkillPair, SkillSplit as Split } from '@/lib/compare/types'
import { RoleMark, SIDE_TOP, type Side } from './role-mark'

// Names only: every level is in the differences table just above, so the split says which side a skill is on
// without drawing the same skills and levels a second time.
function Group({ id, title, side, rows, empty }: { id: string; title: string; side: Side | null; rows: SkillPair[]; empty: string }) {
  return (
    <div className={`card ${side ? SIDE_TOP[side] : ''}`}>
      <h3 id={id} className="flex items-center gap-1.5 font-semibold">
        {side ? <RoleMark side={side} /> : null}
        {title} <span className="font-normal text-muted">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="name-chips">
          {rows.map((r) => (
            <li key={r.slug}>{r.name}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function SkillSplit({ a, b, split }: { a: string; b: string; split: Split }) {
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-3">
      <Group id="split-shared" title="Both roles" side={null} rows={split.shared} empty="These roles have no skill in common." />
      <Group id="split-a" title={`Only ${a}`} side="a" rows={split.onlyA} empty={`Every skill ${a} has, ${b} has too.`} />
      <Group id="split-b" title={`Only ${b}`} side="b" rows={split.onlyB} empty={`Every skill ${b} has, ${a} has too.`} />
    </div>
  )
}
