import { ToolChips } from '@/components/tool-chips'
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
            <dd className="mt-1"><ToolChips tools={group.items} /></dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-muted">
        The sources name these tools; each links to the project&apos;s own one-line description in <a href="/tools" className="ulink">the tool list</a>.
      </p>
    </>
  )
}
