import { LazySkillRadar } from '@/components/charts/lazy-skill-radar'
import { categoryProfile } from '@/lib/skill-profile'
import type { SkillVector } from '@/lib/types'
import type { FitTarget, ScoringModel } from '@/lib/scoring/types'

export function roleVector(target: FitTarget): SkillVector {
  return Object.fromEntries(target.needs.map((n) => [n.skill, n.level]))
}

function shortLabel(name: string): string {
  return name.split(/,| & /)[0]?.trim() || name
}

/** The person's profile over the top role's, by category; the table carries the same numbers as the chart. */
export function ProfileRadar({ levels, role, model }: { levels: SkillVector; role: FitTarget; model: ScoringModel }) {
  const you = categoryProfile(levels, model.skills, model.categories)
  const them = categoryProfile(roleVector(role), model.skills, model.categories)
  const rows = you.map((p, i) => ({ name: p.name, you: p.value, role: them[i]?.value ?? 0 }))
  // Short axis labels keep the chart legible on a phone; the table beside it carries the full names.
  const data = rows.map((r) => ({ axis: shortLabel(r.name), you: r.you, role: r.role }))
  return (
    <section aria-labelledby="radar-title">
      <h2 id="radar-title" className="text-xl font-semibold tracking-tight">Your profile next to {role.name}</h2>
      <p className="mt-1 max-w-3xl text-muted">
        Level per skill category (0–4): the mean of the three highest skills in each category.
      </p>
      <div className="mt-3 grid items-center gap-4 rounded-lg border border-line bg-surface py-4 sm:px-4 md:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
        <LazySkillRadar
          data={data}
          series={[
            { key: 'you', name: 'You', color: 'accent' },
            { key: 'role', name: role.name, color: 'second' },
          ]}
        />
        <table className="mx-4 w-[calc(100%-2rem)] text-sm sm:mx-0 sm:w-full">
          <caption className="sr-only">Your level and the {role.name} level by skill category, 0 to 4</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-1.5 pr-3 font-medium">Category</th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">You</th>
              <th scope="col" className="py-1.5 text-right font-medium">{role.name}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.name} className="border-b border-line last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">{d.name}</th>
                <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">{d.you.toFixed(1)}</td>
                <td className="py-1.5 text-right tabular-nums">{d.role.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
