import type { ProfileContent } from '@/lib/profile/facts'
import type { Profile, RoleSide } from '@/lib/profile/schema'

const SIDES: Array<{ side: RoleSide; label: string; help: string }> = [
  { side: 'current', label: 'Your current role', help: 'Where you are now; it is never suggested as your next move.' },
  { side: 'target', label: 'The role you want', help: 'Your gap plan aims here; without one, at the role that fits you best.' },
]

export function RolePickers({ content, profile, onChoose }: {
  content: ProfileContent
  profile: Pick<Profile, RoleSide>
  onChoose: (side: RoleSide, slug: string | null) => void
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {SIDES.map(({ side, label, help }) => (
        <div key={side}>
          <label htmlFor={`role-${side}`} className="block font-medium">{label}</label>
          <select
            id={`role-${side}`}
            value={profile[side]?.slug ?? ''}
            onChange={(event) => onChoose(side, event.target.value || null)}
            aria-describedby={`role-${side}-help`}
            className="mt-1 min-h-11 w-full rounded-md border border-line bg-surface px-3"
          >
            <option value="">None chosen</option>
            {content.roles.map((r) => (
              <option key={r.slug} value={r.slug}>{r.name}</option>
            ))}
          </select>
          <p id={`role-${side}-help`} className="mt-1 text-sm text-muted">{help}</p>
        </div>
      ))}
    </div>
  )
}
