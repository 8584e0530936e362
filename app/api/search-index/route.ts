import { getSearchIndex } from '@/lib/queries/search'

// The header search box's index, built once per build from the store: a static file the browser fetches only
// when someone starts using the box (components/search/), never with a page.
export const dynamic = 'force-static'

export async function GET() {
  return Response.json(await getSearchIndex())
}
