'use client'

import { CategoryChart } from '@/components/charts/category-chart'
import { categoryScores } from '@/lib/category-scores'
import { shortLevel, topLevel } from '@/lib/levels'
import { levelsOf } from '@/lib/profile/edit'
import { scoreLevels } from '@/lib/profile/score'
import { useProfileModel } from './use-profile-model'

/** The two roles' levels and yours, by category (radar and table) and skill by skill, with your fit for each. */
export function YouInComparisonPanel({ a, b, version }: { a: string; b: string; version: string }) {
  const scored = useProfileModel(version)
  if (scored.status === 'loading') return null
  if (scored.status === 'error') return <p className="text-sm text-warn">{scored.message}</p>
  const { model, profile } = scored
  const roleA = model.roles.find((r) => r.slug === a)
  const roleB = model.roles.find((r) => r.slug === b)
  if (!roleA || !roleB) return null
  const you = levelsOf(profile)
  const vector = (role: typeof roleA) => Object.fromEntries(role.needs.map((n) => [n.skill, n.level]))
  const [va, vb] = [vector(roleA), vector(roleB)]
  const rows = categoryScores(you, model.skills, model.categories)
  const series = [
    { key: 'a', name: roleA.name, color: 'accent' as const, values: categoryScores(va, model.skills, model.categories).map((c) => c.value) },
    { key: 'b', name: roleB.name, color: 'second' as const, values: categoryScores(vb, model.skills, model.categories).map((c) => c.value) },
    { key: 'you', name: 'You', color: 'ink' as const, values: rows.map((c) => c.value) },
  ]
  const fits = scoreLevels(you, model).roles
  const fit = (slug: string) => fits.find((r) => r.slug === slug)?.score ?? 0
  const skills = model.skills.filter((s) => (va[s.slug] ?? 0) > 0 || (vb[s.slug] ?? 0) > 0 || (you[s.slug] ?? 0) > 0)
  const top = topLevel(model.scale)
  return (
    <section aria-labelledby="you-compare-title" className="space-y-3" data-testid="you-in-comparison">
      <h2 id="you-compare-title" className="heading">Where you stand between them</h2>
      <p className="text-muted">
        From your saved profile: your fit is <strong className="text-ink">{fit(a)}</strong> for {roleA.name} and{' '}
        <strong className="text-ink">{fit(b)}</strong> for {roleB.name}.
      </p>
      <CategoryChart rows={rows} series={series} caption={`${roleA.name}, ${roleB.name} and you by skill category, 0 to ${top}`} top={top} />
      <details className="rounded-lg border border-line bg-surface p-3">
        <summary className="min-h-11 cursor-pointer content-center font-medium">Skill by skill: both roles and you ({skills.length} skills)</summary>
        <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Each skill either role needs or you have: both roles’ levels and yours</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-1 pr-3 font-medium">Skill</th>
              <th scope="col" className="px-2 text-right font-medium">{roleA.name}</th>
              <th scope="col" className="px-2 text-right font-medium">{roleB.name}</th>
              <th scope="col" className="pl-2 text-right font-medium">You</th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.slug} className="border-b border-line/60">
                <th scope="row" className="py-1 pr-3 text-left font-normal">{s.name}</th>
                <td className="px-2 text-right tabular-nums">{va[s.slug] ?? 0}</td>
                <td className="px-2 text-right tabular-nums">{vb[s.slug] ?? 0}</td>
                <td className="whitespace-nowrap pl-2 text-right tabular-nums">{shortLevel(model.scale, you[s.slug] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </section>
  )
}
