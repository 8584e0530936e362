import { groupToolsByPurpose, toolPurposeLabel } from '@/lib/browse/labels'
import type { ToolRef } from '@/lib/types'

/**
 * The tools that exercise a skill, by purpose. Each description is behind a native disclosure: a tap or the
 * keyboard opens it (a hover-only title reaches neither a phone nor a keyboard), and the list stays short.
 */
export function SkillTools({ tools }: { tools: ToolRef[] }) {
  if (tools.length === 0) return <p className="text-muted">The sources name no specific tools for this skill.</p>
  return (
    <div className="space-y-4">
      {groupToolsByPurpose(tools).map((group) => (
        <div key={group.key}>
          <h3 className="text-sm font-semibold text-muted">{toolPurposeLabel(group.key)}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {group.items.map((t) => (
              <li key={t.slug}>
                <details>
                  <summary className="cursor-pointer rounded-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
                    {t.name}
                  </summary>
                  <p className="mt-0.5 border-l-2 border-line pl-3 text-muted">{t.description}</p>
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="text-xs text-muted">The sources name these tools; open one for the project&apos;s own one-line summary.</p>
    </div>
  )
}
