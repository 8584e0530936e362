import { listRoles } from '@/lib/queries/roles'

export const dynamic = 'force-static'

export async function GET() {
  const roles = await listRoles()
  return Response.json(roles.map((r) => ({ slug: r.slug, name: r.name, summary: r.summary, track: r.track?.slug ?? null, category: r.category })))
}
