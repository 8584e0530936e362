import Link from 'next/link'
import type { ScoringModel } from '@/lib/scoring/types'
import { CompactGetForm } from './compact-get-form'
import { CurrentRoleSelect } from './current-role-select'

/** The optional current role, then one select per skill, grouped by category; unrated skills count as 0. */
export function RatingsForm({ model, ratings, current }: { model: ScoringModel; ratings: Record<string, number>; current: string | null }) {
  return (
    <CompactGetForm action="/match" className="space-y-4">
      <div className="rounded-lg border border-line bg-surface p-4">
        <CurrentRoleSelect model={model} current={current} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {model.categories.map((category) => (
          <fieldset key={category.slug} className="rounded-lg border border-line bg-surface p-4">
            <legend className="px-1 font-semibold">{category.name}</legend>
            <div className="mt-1 space-y-2">
              {model.skills
                .filter((s) => s.category === category.slug)
                .map((skill) => (
                  <div key={skill.slug} className="flex items-center justify-between gap-3">
                    <label htmlFor={`rate-${skill.slug}`} className="text-sm">{skill.name}</label>
                    <select
                      id={`rate-${skill.slug}`}
                      name={skill.slug}
                      defaultValue={ratings[skill.slug]?.toString() ?? ''}
                      className="w-36 shrink-0 rounded-md border border-line bg-canvas px-2 py-1 text-sm text-ink focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
                    >
                      <option value="">Not rated</option>
                      {model.scale.map((l) => (
                        <option key={l.level} value={String(l.level)}>{l.level} – {l.name}</option>
                      ))}
                    </select>
                  </div>
                ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          Score my skills
        </button>
        <Link href="/match" className="text-sm text-accent underline underline-offset-2">Clear all ratings</Link>
      </div>
    </CompactGetForm>
  )
}
