import { LevelChip } from '@/components/level-chip'
import { groupBy } from '@/lib/browse/labels'
import type { RoleSkill } from '@/lib/types'

export function RoleSkillList({ skills }: { skills: RoleSkill[] }) {
  const rated = skills.filter((s) => s.level > 0)
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {groupBy(rated, (s) => s.categoryName).map((group) => (
        <div key={group.key} className="rounded-lg border border-line bg-surface p-4">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">{group.key}</h3>
          <ul className="mt-2 space-y-2">
            {group.items.map((s) => (
              <li key={s.slug} className="flex items-start gap-2">
                <LevelChip level={s.level} />
                <span className="min-w-0">
                  <a href={`/skills/${s.slug}`} className="text-accent underline-offset-2 hover:underline">
                    {s.name}
                  </a>
                  {s.note ? <span className="block text-xs text-muted">{s.note}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
