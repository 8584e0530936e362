import type { PickerProblem } from '@/lib/compare/schemas'
import type { RoleOption, SuggestedPair } from '@/lib/queries/compare'

type Props = {
  roles: RoleOption[]
  suggestions?: SuggestedPair[]
  selected?: { a?: string; b?: string }
  problem?: PickerProblem | null
  headingLevel?: 'h2' | 'h3'
}

const SELECT =
  'mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-ink aria-[invalid=true]:border-warn'

/** A plain GET form: it works without JavaScript and the server turns `?a=…&b=…` into the canonical page. */
export function RolePicker({ roles, suggestions = [], selected = {}, problem = null, headingLevel = 'h2' }: Props) {
  const Heading = headingLevel
  const field = (name: 'a' | 'b', label: string) => (
    <label className="block min-w-0 flex-1 text-sm font-medium">
      {label}
      <select
        name={name}
        required
        defaultValue={selected[name] ?? ''}
        aria-invalid={problem?.field === name ? true : undefined}
        aria-describedby={problem?.field === name ? 'compare-problem' : undefined}
        className={SELECT}
      >
        <option value="">Choose a role…</option>
        {roles.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <div className="space-y-5">
      <form action="/compare" method="get" className="card">
        {problem ? (
          <p id="compare-problem" role="alert" className="mb-3 rounded-md border-l-4 border-warn bg-warn-soft px-3 py-2 text-sm">
            {problem.message}
          </p>
        ) : null}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          {field('a', 'First role')}
          <span aria-hidden="true" className="hidden pb-2 text-muted sm:block">vs</span>
          {field('b', 'Second role')}
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90">
            Compare
          </button>
        </div>
      </form>
      {suggestions.length > 0 ? (
        <div>
          <Heading className="text-base font-semibold">Most asked comparisons</Heading>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map(({ a, b }) => (
              <li key={`${a.slug}-${b.slug}`}>
                <a
                  href={`/compare/${a.slug}/${b.slug}`}
                  className="inline-block rounded-xl border border-line bg-surface px-3 py-1 text-sm text-accent hover:bg-raised"
                >
                  {a.name} vs {b.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
