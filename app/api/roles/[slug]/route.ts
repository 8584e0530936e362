import { badRequest, roleApiParamsSchema } from '@/lib/api/browse-schemas'
import { getRole, listRoleSlugs } from '@/lib/queries/roles'

// Known roles are prerendered; any other slug is answered on demand with a JSON 404.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await listRoleSlugs()).map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = roleApiParamsSchema.safeParse(await params)
  if (!parsed.success) return badRequest(parsed.error)
  const role = await getRole(parsed.data.slug)
  if (!role) return Response.json({ error: `No role with slug "${parsed.data.slug}"` }, { status: 404 })
  const { track, skills, body: _body, ...rest } = role
  return Response.json({
    ...rest,
    track: track?.slug ?? null,
    trackName: track?.name ?? null,
    skills: skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category, level: s.level })),
  })
}
