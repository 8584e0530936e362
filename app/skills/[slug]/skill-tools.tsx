import { groupToolsByPurpose, toolPurposeLabel } from '@/lib/browse/labels'
import type { ToolRef } from '@/lib/types'

/** The tools that exercise a skill, by purpose, each with its description in plain view (no hover needed). */
export function SkillTools({ tools }: { tools: ToolRef[] }) {
  if (tools.length === 0) return <p className="text-muted">The sources name no specific tools for this skill.</p>
  return (
    <div className="space-y-4">
      {groupToolsByPurpose(tools).map((group) => (
        <div key={group.key}>
          <h3 className="text-sm font-semibold text-muted">{toolPurposeLabel(group.key)}</h3>
          <dl className="mt-1 space-y-1.5 text-sm">
            {group.items.map((t) => (
              <div key={t.slug}>
                <dt className="font-medium">{t.name}</dt>
                <dd className="text-muted">{t.description}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <p className="text-xs text-muted">The sources name these tools; each one-line summary is the project&apos;s own description.</p>
    </div>
  )
}
