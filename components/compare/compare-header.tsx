import { IntentLink } from '@/components/intent-link'
import type { ReactNode } from 'react'
import type { Comparison } from '@/lib/compare/types'
import { RoleMark, SIDE_LEFT } from './role-mark'
import { SwapLink } from './swap-link'
import { comparePath, entryPath } from '@/lib/routes'

/** Title and swap, then `children` (the pay block, so a comparison leads with it), the two roles and the summary. */
export function CompareHeader({ comparison, children }: { comparison: Comparison; children?: ReactNode }) {
  const { a, b, summary } = comparison
  return (
    <header className="space-y-4">
      <p className="text-sm">
        <IntentLink href="/compare" className="ulink">Compare roles</IntentLink>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          {a.name} <span className="font-normal text-muted">vs</span> {b.name}
        </h1>
        <SwapLink href={comparePath(b.slug, a.slug)} label={`Swap: ${b.name} vs ${a.name}`} />
      </div>
      {children}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {([['a', a], ['b', b]] as const).map(([side, role]) => (
          <div key={side} className={`rounded-lg border border-line bg-surface p-3 text-sm ${SIDE_LEFT[side]}`}>
            <p className="flex items-center gap-1.5 font-semibold">
              <RoleMark side={side} />
              <a href={entryPath('roles', role.slug)} className="link">{role.name}</a>
            </p>
            <p className="mt-1 text-muted">{role.summary}</p>
          </div>
        ))}
      </div>
      <section aria-labelledby="in-short" className="rounded-lg border border-line bg-accent-soft/40 p-4">
        <h2 id="in-short" className="font-semibold">In short</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {summary.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-muted">Generated from the skill levels and dimensions below.</p>
      </section>
    </header>
  )
}
