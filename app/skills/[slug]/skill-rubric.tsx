import { IntentLink } from '@/components/intent-link'
import { LevelChip } from '@/components/level-chip'
import { entryPath } from '@/lib/routes'
import type { SkillRubric } from '@/lib/queries/skills'

/** The scale in words for this skill, highest level first, each level with the roles that need it there. */
export function SkillRubricList({ rubric, skill }: { rubric: SkillRubric; skill: string }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label={`Levels of ${skill}, highest first`}>
      {rubric.levels.map((l) => (
        <li key={l.level} className="px-3 py-3 sm:px-4" data-testid="rubric-level" data-level={l.level}>
          <h3 className="flex flex-wrap items-center gap-2 font-semibold">
            <LevelChip level={l.level} name={l.name} showName />
          </h3>
          <p className="mt-1 text-sm text-muted">{l.description}</p>
          {l.level === 0 ? (
            <p className="mt-1 text-sm">
              {rubric.notNeeded === 0 ? 'Every role needs it at some level.' : `${rubric.notNeeded} roles do not use it.`}
            </p>
          ) : l.roles.length === 0 ? (
            <p className="mt-1 text-sm">No role needs it at this level.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm" aria-label={`Roles that need ${skill} at level ${l.level}`}>
              {l.roles.map((r) => (
                <li key={r.slug}>
                  <IntentLink href={entryPath('roles', r.slug)} className="font-medium ulink">{r.name}</IntentLink>
                  {r.note ? <span className="block text-xs text-muted">{r.note}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}
