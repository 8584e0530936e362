import { toolPath } from '@/lib/routes'
import type { ToolRef } from '@/lib/types'

/**
 * Tool names as chips, each linking to its description on /tools. A description is there once for the whole
 * site, reachable by tap and keyboard, instead of in a `title` on every page (which phones never show). A run of
 * links rather than a list: a role names up to 45 tools, and each list item is markup sent twice.
 */
export function ToolChips({ tools }: { tools: Pick<ToolRef, 'slug' | 'name'>[] }) {
  return (
    <span className="tool-chips">
      {tools.map((t) => (
        <a key={t.slug} href={toolPath(t.slug)}>{t.name}</a>
      ))}
    </span>
  )
}
