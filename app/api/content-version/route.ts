import { getContentVersion } from '@/lib/queries/content-version'

export const dynamic = 'force-dynamic'

export async function GET() {
  return Response.json({ version: await getContentVersion() }, { headers: { 'Cache-Control': 'no-store' } })
}
