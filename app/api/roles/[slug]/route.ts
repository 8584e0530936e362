import { badRequest, roleApiParamsSchema } from '@/lib/api/browse-schemas'
import { toPayJson } from '@/lib/pay-export'
import { getRole, listRoleSlugs } from '@/lib/queries/roles'

// Known roles are prerendered and nothing else is rendered here: the proxy sends any other slug to ./missing,
// which answers 400 or 404 on demand without writing to the cache.
export const dynamicParams = false

export async function generateStaticParams() {
  return (await listRoleSlugs()).map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = roleApiParamsSchema.safeParse(await params)
  if (!parsed.success) return badRequest(parsed.error)
  const role = await getRole(parsed.data.slug)
  if (!role) return Response.json({ error: `No role with slug "${parsed.data.slug}"` }, { status: 404 })
  const { track, skills, body: _body, salary: _salary, occupation: _occupation, ...rest } = role
  return Response.json({
    ...rest,
    ...toPayJson(role),
    track: track?.slug ?? null,
    trackName: track?.name ?? null,
    skills: skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category, level: s.level })),
  })
}
