import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { RolePicker } from '@/components/compare/role-picker'
import { checkPick } from '@/lib/compare/schemas'
import { getPickerData } from '@/lib/queries/compare'

export const metadata: Metadata = {
  title: 'Compare roles',
  description: 'Put any two ML and MLOps roles side by side: skills, tools, depth, responsibilities and how to move from one to the other.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ComparePickerPage({ searchParams }: Props) {
  const { roles, suggestions } = await getPickerData()
  const known = new Map(roles.map((r) => [r.slug, r.name]))
  const pick = checkPick(await searchParams, known)
  // The form submits here without JavaScript; a valid pair goes on to its canonical, prerendered page.
  if (pick.kind === 'pair') redirect(`/compare/${pick.a}/${pick.b}`)
  const query = await searchParams
  const selected = {
    a: typeof query.a === 'string' && known.has(query.a) ? query.a : undefined,
    b: typeof query.b === 'string' && known.has(query.b) ? query.b : undefined,
  }
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Compare two roles</h1>
        <p className="mt-2 max-w-2xl text-lg text-muted">
          Where do the lines lie between two jobs? Pick two roles to see their skills, tools, depth and
          responsibilities side by side, and what it takes to move from the first to the second.
        </p>
      </header>
      <RolePicker
        roles={roles}
        suggestions={suggestions}
        selected={selected}
        problem={pick.kind === 'problem' ? pick.problem : null}
      />
    </div>
  )
}
