import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { MdxContent } from '@/components/mdx/mdx-content'
import { getRole, listRoleSlugs } from '@/lib/queries/roles'
import { slugParamsSchema } from '@/lib/params'

export const dynamicParams = false

export async function generateStaticParams() {
  return (await listRoleSlugs()).map((slug) => ({ slug }))
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = slugParamsSchema.safeParse(await params)
  const role = parsed.success ? await getRole(parsed.data.slug) : null
  if (!role) return { title: 'Role not found' }
  return { title: role.name, description: role.summary, openGraph: { title: role.name, description: role.summary } }
}

export default async function RolePage({ params }: Props) {
  const parsed = slugParamsSchema.safeParse(await params)
  const role = parsed.success ? await getRole(parsed.data.slug) : null
  if (!role) notFound()
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{role.name}</h1>
        <p className="mt-2 text-lg text-muted">{role.summary}</p>
      </header>
      <section aria-labelledby="resp">
        <h2 id="resp" className="text-xl font-semibold">Responsibilities</h2>
        <ul className="mt-2 list-disc pl-5">
          {role.responsibilities.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
      <MdxContent code={role.body} />
    </article>
  )
}
