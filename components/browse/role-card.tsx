import { IntentLink } from '@/components/intent-link'
import { LevelChip } from '@/components/level-chip'
import { roleCategoryLabel } from '@/lib/browse/labels'
import type { RoleCardData } from '@/lib/types'

// Plain markup without hooks: rendered on the server and by the role filter alike.
export function RoleCard({ role, matched }: { role: RoleCardData; matched?: string }) {
  return (
    <article className="group relative flex h-full flex-col card transition-colors hover:border-accent">
      <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
        <span>{roleCategoryLabel(role.category)}</span>
        <span aria-hidden="true">·</span>
        <span>{role.track ? role.track.name : 'No track'}</span>
      </div>
      <h3 className="mt-1 text-lg font-semibold leading-snug">
        <IntentLink href={`/roles/${role.slug}`} className="text-ink stretched-link group-hover:text-accent">
          {role.name}
        </IntentLink>
      </h3>
      {role.aliases.length > 0 ? <p className="text-xs text-muted">Also called {role.aliases.join(', ')}</p> : null}
      {matched ? <p className="mt-1 text-xs font-medium text-accent">Matched in: {matched}</p> : null}
      <p className="mt-2 flex-1 text-sm text-muted">{role.summary}</p>
      {role.topSkills.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Strongest skills">
          {role.topSkills.map((s) => (
            <li key={s.name} className="inline-flex items-center gap-1 rounded border border-line bg-raised px-1.5 py-0.5 text-xs">
              {s.name} <LevelChip level={s.level} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  )
}
