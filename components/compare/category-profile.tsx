import { LazySkillRadar } from '@/components/charts/lazy-skill-radar'
import { formatScore } from '@/lib/compare/summary'
import type { CategoryPair } from '@/lib/compare/types'
import type { RoleRef } from '@/lib/types'
import { RoleLabel } from './role-mark'
import { SignedDelta } from './signed-delta'

function shortName(name: string): string {
  return name.split(/[,&]/)[0]?.trim() || name
}

/** Both roles' levels by category: the radar for the shape, the table for the numbers. */
export function CategoryProfile({ a, b, categories }: { a: RoleRef; b: RoleRef; categories: CategoryPair[] }) {
  // Short axis names keep the labels inside the chart on a phone; the table carries the full names.
  const data = categories.map((c) => ({ axis: shortName(c.name), a: c.a, b: c.b }))
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 lg:items-start">
      <div className="rounded-lg border border-line bg-surface px-4 py-2 [&_svg]:overflow-visible">
        <LazySkillRadar
          data={data}
          series={[
            { key: 'a', name: a.name, color: 'accent' },
            { key: 'b', name: b.name, color: 'second' },
          ]}
          height={340}
        />
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-xs sm:text-sm">
          <caption className="px-3 pt-2 text-left text-xs text-muted">
            Mean of the three highest skill levels in each category, 0–4
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-2 font-semibold sm:px-3">Category</th>
              <th scope="col" className="w-px px-1 py-2 text-right font-semibold hyphens-auto sm:px-2"><RoleLabel side="a" name={a.name} /></th>
              <th scope="col" className="w-px px-1 py-2 text-right font-semibold hyphens-auto sm:px-2"><RoleLabel side="b" name={b.name} /></th>
              <th scope="col" className="w-px py-2 pl-1 pr-2 text-right font-semibold sm:px-3"><span aria-hidden="true" className="sm:hidden">±</span><span className="max-sm:sr-only">Difference</span></th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category} className="border-b border-line last:border-0">
                <th scope="row" className="px-2 py-1.5 text-left font-normal sm:px-3">{c.name}</th>
                <td className="px-1 py-1.5 text-right tabular-nums sm:px-2">{formatScore(c.a)}</td>
                <td className="px-1 py-1.5 text-right tabular-nums sm:px-2">{formatScore(c.b)}</td>
                <td className="py-1.5 pl-1 pr-2 text-right sm:px-3"><SignedDelta delta={c.delta} a={a.name} b={b.name} decimals={1} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
