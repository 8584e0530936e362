import { toolPath } from '@/lib/routes'
import type { ToolRef } from '@/lib/types'

/**
 * Tool names as chips, each linking to its description on /tools. A description is there once for the whole
 * site, reachable by tap and keyboard, instead of in a `title` on every page (which phones never show).
 */
export function ToolChips({ tools }: { tools: Pick<ToolRef, 'slug' | 'name'>[] }) {
  return (
    <ul className="tool-chips">
      {tools.map((t) => (
        <li key={t.slug}>
          <a href={toolPath(t.slug)}>{t.name}</a>
        </li>
      ))}
    </ul>
  )
}
