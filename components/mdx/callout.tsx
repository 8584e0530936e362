import type { ReactNode } from 'react'

const STYLES = {
  note: { box: 'border-accent bg-accent-soft', label: 'Note' },
  tip: { box: 'border-second bg-second-soft', label: 'Tip' },
  warning: { box: 'border-warn bg-warn-soft', label: 'Warning' },
} as const

export type CalloutType = keyof typeof STYLES

export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children?: ReactNode }) {
  const style = STYLES[type] ?? STYLES.note
  return (
    <aside className={`my-5 rounded-md border-l-4 px-4 py-3 ${style.box}`} aria-label={title ?? style.label}>
      <p className="m-0 text-sm font-semibold">{title ?? style.label}</p>
      <div className="text-[0.95rem] [&>p]:my-1">{children}</div>
    </aside>
  )
}
