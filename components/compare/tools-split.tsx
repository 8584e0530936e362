import { ToolChips } from '@/components/tool-chips'
import type { ToolRef } from '@/lib/types'
import type { ToolSplit as Split } from '@/lib/compare/types'
import { RoleMark, SIDE_TOP, type Side } from './role-mark'

function Group({ title, side, tools, empty }: { title: string; side: Side | null; tools: ToolRef[]; empty: string }) {
  return (
    <div className={`card ${side ? SIDE_TOP[side] : ''}`}>
      <h3 className="flex items-center gap-1.5 font-semibold">
        {side ? <RoleMark side={side} /> : null}
        {title} <span className="font-normal text-muted">({tools.length})</span>
      </h3>
      {tools.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <p className="mt-2"><ToolChips tools={tools} /></p>
      )}
    </div>
  )
}

export function ToolsSplit({ a, b, tools }: { a: string; b: string; tools: Split }) {
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-3">
      <Group
        title="Both roles"
        side={null}
        tools={tools.shared}
        empty={`None of the sources names the same tool for ${a} and ${b}. Each role's list holds only the tools its sources name, not every tool people in the role use, so a tool both use in practice can still be missing here. The skills they share are listed above.`}
      />
      <Group title={`Only ${a}`} side="a" tools={tools.onlyA} empty={`${a} lists no tool of its own.`} />
      <Group title={`Only ${b}`} side="b" tools={tools.onlyB} empty={`${b} lists no tool of its own.`} />
    </div>
  )
}
