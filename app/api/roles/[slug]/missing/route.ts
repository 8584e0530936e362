import { badRequest, roleApiParamsSchema } from '@/lib/api/browse-schemas'
import { getRole } from '@/lib/queries/roles'

// The proxy sends every slug that is not a known role here: rendered per request and never stored, so random
// slugs cannot fill the page cache, and the answer is not kept by browsers or shared caches either.
export const dynamic = 'force-dynamic'

const NO_STORE = { 'Cache-Control': 'no-store' }

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = roleApiParamsSchema.safeParse(await params)
  if (!parsed.success) {
    const response = badRequest(parsed.error)
    response.headers.set('Cache-Control', 'no-store')
    return response
  }
  // Reached directly with a known slug, this address is simply not part of the API.
  const error = (await getRole(parsed.data.slug)) ? 'Not found' : `No role with slug "${parsed.data.slug}"`
  return Response.json({ error }, { status: 404, headers: NO_STORE })
}
