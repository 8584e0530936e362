import { LazySkillRadar } from '@/components/charts/lazy-skill-radar'
import type { CategoryScore } from '@/lib/skill-profile'

function shortName(name: string): string {
  return name.split(/[,&]/)[0]?.trim() || name
}

/** The radar and, for everyone who cannot or would rather not read a chart, the same numbers as a table. */
export function CategoryProfile({ profile, label }: { profile: CategoryScore[]; label: string }) {
  // Short axis names keep the labels inside the chart on a phone; the table carries the full names.
  const data = profile.map((p) => ({ axis: shortName(p.name), level: p.value }))
  return (
    <div className="grid items-center gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)]">
      <div className="[&_svg]:overflow-visible">
        <LazySkillRadar data={data} series={[{ key: 'level', name: label, color: 'accent' }]} height={320} />
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">{label}: level by skill category, 0 to 4</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1.5 font-medium">Category</th>
            <th scope="col" className="py-1.5 text-right font-medium">Level (0–4)</th>
          </tr>
        </thead>
        <tbody>
          {profile.map((p) => (
            <tr key={p.category} className="border-b border-line last:border-0">
              <th scope="row" className="py-1.5 text-left font-normal">{p.name}</th>
              <td className="py-1.5 text-right">
                <span className="inline-flex items-center gap-2">
                  <span aria-hidden="true" className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-raised sm:inline-block">
                    <span className="block h-full rounded-full bg-accent" style={{ width: `${(p.value / 4) * 100}%` }} />
                  </span>
                  <span className="w-8 tabular-nums font-semibold">{p.value.toFixed(1)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
