import type { RolePathLink } from '@/lib/types'

function PathList({ title, paths, empty }: { title: string; paths: RolePathLink[]; empty: string }) {
  return (
    <div className="card">
      <h3 className="font-semibold">{title}</h3>
      {paths.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="items">
          {paths.map((p) => (
            <li key={p.slug}>
              <a href={`/roles/${p.slug}`}>{p.name}</a>
              <small>{p.source ? `Named by ${p.source.title}` : 'Editorial reading'}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function RolePaths({ name, pathsIn, pathsOut }: { name: string; pathsIn: RolePathLink[]; pathsOut: RolePathLink[] }) {
  return (
    <div className="grid items-stretch gap-3 sm:grid-cols-[1fr_auto_1fr]">
      <PathList title="Paths in" paths={pathsIn} empty="Often a starting point: no role leads into it here." />
      <div className="flex items-center justify-center text-center text-sm font-semibold" aria-hidden="true">
        <span className="rounded-full bg-accent-soft px-3 py-1">→ {name} →</span>
      </div>
      <PathList title="Paths out" paths={pathsOut} empty="No onward moves are recorded for this role." />
    </div>
  )
}
