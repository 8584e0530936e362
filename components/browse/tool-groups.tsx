import { groupToolsByPurpose, toolPurposeLabel } from '@/lib/browse/labels'
import type { ToolRef } from '@/lib/types'

export function ToolGroups({ tools }: { tools: ToolRef[] }) {
  if (tools.length === 0) return <p className="text-muted">The sources name no specific tools for this role.</p>
  return (
    <>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {groupToolsByPurpose(tools).map((group) => (
          <div key={group.key}>
            <dt className="text-sm font-semibold text-muted">{toolPurposeLabel(group.key)}</dt>
            <dd className="mt-1 flex flex-wrap gap-1.5">
              {group.items.map((t) => (
                <span key={t.slug} title={t.description} className="rounded-md border border-line bg-surface px-2 py-0.5 text-sm">
                  {t.name}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-muted">
        The sources name these tools; the one-line summary shown on hover is the project&apos;s own description.
      </p>
    </>
  )
}
