import Link from 'next/link'
import type { TargetFit } from '@/lib/scoring/types'
import { FitBar } from './fit-bar'

/** Every role, best fit first, with the fit as a bar and a number. */
export function RoleRanking({ roles }: { roles: TargetFit[] }) {
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title" className="text-xl font-semibold tracking-tight">Roles ranked by fit</h2>
      <ol className="mt-3 space-y-2 rounded-lg border border-line bg-surface p-4" data-testid="role-ranking">
        {roles.map((r, i) => (
          <li key={r.slug} className="grid gap-1 sm:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
            <span className="flex gap-2">
              <span className="w-6 shrink-0 text-right tabular-nums text-muted">{i + 1}.</span>
              <Link href={`/roles/${r.slug}`} className="font-medium text-accent underline-offset-2 hover:underline" data-role={r.slug}>
                {r.name}
              </Link>
            </span>
            <span className="pl-8 sm:pl-0"><FitBar score={r.score} /></span>
          </li>
        ))}
      </ol>
    </section>
  )
}
