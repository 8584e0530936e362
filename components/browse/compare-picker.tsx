import type { RoleRef } from '@/lib/types'
import { comparePath } from '@/lib/routes'

/** A plain GET form: works without JavaScript, /compare reads ?a=&b=. */
export function ComparePicker({ role, others, suggested }: { role: RoleRef; others: RoleRef[]; suggested: RoleRef[] }) {
  return (
    <div className="space-y-3">
      <form method="get" action="/compare" className="flex flex-col gap-2">
        <input type="hidden" name="a" value={role.slug} />
        <label htmlFor="compare-b" className="text-sm font-medium">
          Compare {role.name} with
        </label>
        {/* Stacked, so the sidebar's full width goes to the role names rather than cutting them off. */}
        <div className="grid gap-2">
          <select id="compare-b" name="b" className="w-full rounded-md border border-line bg-surface px-2 py-2 text-ink" defaultValue={suggested[0]?.slug}>
            {others.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="submit" className="justify-self-start rounded-md bg-accent px-3 py-2 font-medium text-accent-ink">
            Compare
          </button>
        </div>
      </form>
      {suggested.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {suggested.map((o) => (
            <li key={o.slug}>
              <a href={comparePath(role.slug, o.slug)} className="link">
                {role.name} vs {o.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
