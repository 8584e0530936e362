import Link from 'next/link'
import { listRoles } from '@/lib/queries/roles'

export default async function HomePage() {
  const roles = await listRoles()
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Find your way among the careers that build and run ML systems</h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          Role profiles, a skills matrix, a track-fit quiz and side-by-side comparisons, drawn from public sources.
        </p>
      </section>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="text-xl font-semibold">Roles</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {roles.map((role) => (
            <li key={role.slug} className="rounded-lg border border-line bg-surface p-4">
              <Link href={`/roles/${role.slug}`} className="font-semibold text-accent underline-offset-2 hover:underline">
                {role.name}
              </Link>
              <p className="mt-1 text-sm text-muted">{role.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
