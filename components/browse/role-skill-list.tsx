import { LevelChip } from '@/components/level-chip'
import { groupBy } from '@/lib/browse/labels'
import type { RoleSkill } from '@/lib/types'

// Items are styled from the list's `rated` class (app/repeated-parts.css): a role page lists up to 40 of them.
export function RoleSkillList({ skills }: { skills: RoleSkill[] }) {
  const rated = skills.filter((s) => s.level > 0)
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {groupBy(rated, (s) => s.categoryName).map((group) => (
        <div key={group.key} className="card">
          <h3 className="kicker">{group.key}</h3>
          <ul className="rated">
            {group.items.map((s) => (
              <li key={s.slug}>
                <LevelChip level={s.level} />
                <a href={`/skills/${s.slug}`}>{s.name}</a>
                {s.note ? <small>{s.note}</small> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
