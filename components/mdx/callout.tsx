import type { ReactNode } from 'react'
import type { CalloutType } from '@/lib/content/mdx-components'

const STYLES: Record<CalloutType, { box: string; label: string }> = {
  note: { box: 'border-accent bg-accent-soft', label: 'Note' },
  tip: { box: 'border-second bg-second-soft', label: 'Tip' },
  warning: { box: 'border-warn bg-warn-soft', label: 'Warning' },
}

// The body sits inside `.prose-atlas`, whose paragraph margins are unlayered CSS and so outrank utilities;
// the important modifiers trim them at the callout's edges.
export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children?: ReactNode }) {
  const style = STYLES[type] ?? STYLES.note
  return (
    <aside className={`my-6 rounded-md border-l-4 px-4 py-3 ${style.box}`} aria-label={title ?? style.label}>
      <p className="mt-0! mb-1! text-sm font-semibold">{title ?? style.label}</p>
      <div className="text-[0.95rem] [&>*:first-child]:mt-0! [&>*:last-child]:mb-0! [&>p]:my-2!">{children}</div>
    </aside>
  )
}
