import { IntentLink } from '@/components/intent-link'
import { ROLE_CATEGORIES } from '@/lib/content/enums'
import { roleCategoryLabel } from '@/lib/browse/labels'
import { shownRoles, type RoleFilter, type RoleRanking } from '@/lib/browse/role-filter'
import type { RoleCardData, TrackRef } from '@/lib/types'
import { RoleCard } from './role-card'
import { searchPath } from '@/lib/routes'

type Props = {
  roles: RoleCardData[]
  tracks: TrackRef[]
  filter: RoleFilter
  /** The text search's ranking, once there is one for the filter's query (until then every role shows). */
  ranking?: RoleRanking
  /** Set while the ranking for a typed query loads, or when it could not. */
  rankingState?: 'loading' | 'failed'
  onChange?: (filter: RoleFilter) => void
}

const field = 'mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-ink'

// No hooks here: the server renders it as the no-JavaScript page, the client filter re-renders it from the URL.
export function RoleBrowserView({ roles, tracks, filter, ranking, rankingState, onChange }: Props) {
  const shown = shownRoles(roles, filter, ranking?.q === filter.q ? ranking : undefined)
  const live = onChange !== undefined
  const set = (patch: Partial<RoleFilter>) => onChange?.({ ...filter, ...patch })
  const active = Boolean(filter.q || filter.track || filter.category)
  const box = { role: 'search', 'aria-label': 'Filter roles', className: 'grid gap-3 card sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end' }
  const controls = (
    <>
      <label className="text-sm font-medium">
        Search name, alias, skill or tool (best match first)
        <input
          type="search"
          name="q"
          placeholder="e.g. Kubernetes, MLflow, Deployer"
          className={field}
          {...(live ? { value: filter.q ?? '', onChange: (e) => set({ q: e.target.value || undefined }) } : { defaultValue: filter.q ?? '' })}
        />
      </label>
      <label className="text-sm font-medium">
        Track
        <select
          name="track"
          className={field}
          {...(live
            ? { value: filter.track ?? '', onChange: (e) => set({ track: e.target.value || undefined }) }
            : { defaultValue: filter.track ?? '' })}
        >
          <option value="">All tracks</option>
          {tracks.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
          <option value="none">Not on a track</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Role family
        <select
          name="category"
          className={field}
          {...(live
            ? { value: filter.category ?? '', onChange: (e) => set({ category: (e.target.value || undefined) as RoleFilter['category'] }) }
            : { defaultValue: filter.category ?? '' })}
        >
          <option value="">All families</option>
          {ROLE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {roleCategoryLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-2">
        {live ? null : (
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink">
            Apply
          </button>
        )}
        {active ? (
          <IntentLink href="/roles" className="rounded-md border border-line px-3 py-2 text-sm" onClick={live ? () => onChange?.({}) : undefined}>
            Clear
          </IntentLink>
        ) : null}
      </div>
    </>
  )
  return (
    <div className="space-y-5">
      {live ? (
        // The list follows each control as it changes: there is nothing to submit, so the controls need no form.
        <div {...box}>{controls}</div>
      ) : (
        <form method="get" action="/roles" {...box}>
          {controls}
        </form>
      )}
      <h2 id="role-results-title" className="sr-only">Matching roles</h2>
      <p aria-live="polite" className="text-sm text-muted" data-testid="role-count">
        Showing <strong className="text-ink">{shown.length}</strong> of {roles.length} roles
        {filter.q && rankingState === 'loading' ? ' · ranking by your search…' : null}
        {filter.q && rankingState === 'failed' ? (
          <>
            {' · '}the search could not load, so your text does not narrow the list yet;{' '}
            <a href={searchPath(filter.q, 'role')} className="ulink">search on a page</a>
          </>
        ) : null}
      </p>
      {shown.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line bg-surface p-8 text-center">
          <p className="font-semibold">No role matches these filters.</p>
          <p className="mt-1 text-sm text-muted">Try a shorter search, another track or family, or browse the <IntentLink href="/skills" className="text-accent underline">skills matrix</IntentLink>.</p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-labelledby="role-results-title">
          {shown.map((role) => (
            <li key={role.slug}>
              <RoleCard role={role} matched={role.matched} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
