import { NextResponse, type NextRequest } from 'next/server'
import { slugSchema } from '@/lib/params'
import { popularMove } from '@/lib/paths/popular-moves'
import { listRoleSlugs } from '@/lib/queries/roles'

// Role slugs only change with new content, which comes with a new build (`next dev` re-reads them so edits show).
let known: Promise<Set<string>> | null = null
function roleSlugs(): Promise<Set<string>> {
  if (!known || process.env.NODE_ENV === 'development') {
    known = listRoleSlugs().then((slugs) => new Set(slugs))
    known.catch(() => (known = null))
  }
  return known
}

// No route serves this address, so Next answers it with app/not-found.tsx and status 404.
const NOT_FOUND = '/address-not-found'

function segment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '')
  } catch {
    return ''
  }
}

function rewrite(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  return NextResponse.rewrite(url)
}

// /roles, /paths and /paths/map are prerendered without a query. An address with one (a shared link, or a GET
// form submitted without JavaScript) is served by a twin page rendered per request, so it shows the filtered list
// or the chosen route either way, and writes nothing to the page cache whatever the values are.
function withQuery(request: NextRequest, twin: string) {
  const keys = [...request.nextUrl.searchParams.keys()].filter((key) => key !== '_rsc')
  return keys.length === 0 ? NextResponse.next() : rewrite(request, twin)
}

// Known roles and pairs are prerendered and their routes render nothing else (dynamicParams = false). Anything
// else is answered 404 by the site's prerendered not-found page, which offers the comparison picker (pairs), or by
// an always-dynamic handler (API), so a random address is never written to the page cache.
async function unknownRoute(request: NextRequest, parts: string[]) {
  // A segment that is not even a slug names no page, whatever the store holds: answered without reading it, so a
  // busy store (a re-seed) can never let an odd address through to Next's own 500.
  if (parts[0] === 'compare' && !(isSlug(segment(parts[1])) && isSlug(segment(parts[2])))) return rewrite(request, NOT_FOUND)
  let slugs: Set<string>
  try {
    slugs = await roleSlugs()
  } catch {
    return NextResponse.next()
  }
  if (parts[0] === 'api') {
    const slug = segment(parts[2])
    if (slugs.has(slug)) return NextResponse.next()
    // Only a well-formed slug is carried into the new address (an odd byte sequence there can make Next treat
    // the rewrite as external); any other value is equally a 400, so a fixed malformed one stands in for it.
    return rewrite(request, `/api/roles/${isSlug(slug) ? slug : '-'}/missing`)
  }
  const [a, b] = [segment(parts[1]), segment(parts[2])]
  return a !== b && slugs.has(a) && slugs.has(b) ? NextResponse.next() : rewrite(request, NOT_FOUND)
}

const isSlug = (value: string) => slugSchema.safeParse(value).success

// Next answers a dynamic segment whose percent-encoding is malformed (`/roles/%ZZ`), or decodes to another escape
// (`%25` → `%`), with a bare 500; such an address can name no page, so it gets the 404 page instead. The matcher
// only sends addresses containing `%` under /roles, /skills and /tracks.
function malformed(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname).includes('%')
  } catch {
    return true
  }
}

export async function proxy(request: NextRequest) {
  const parts = request.nextUrl.pathname.split('/').slice(1)
  if (parts[0] === 'api') return unknownRoute(request, parts)
  if (malformed(request.nextUrl.pathname)) return rewrite(request, NOT_FOUND)
  if (parts[0] === 'roles' && parts.length === 1) return withQuery(request, '/roles/filtered')
  if (parts[0] === 'paths' && parts.length === 1) {
    const popular = popularMove(request.nextUrl.searchParams)
    return popular ? rewrite(request, `/paths/${popular[0]}/${popular[1]}`) : withQuery(request, '/paths/chosen')
  }
  if (parts[0] === 'paths' && parts[1] === 'map' && parts.length === 2) return withQuery(request, '/paths/map/chosen')
  if (parts[0] === 'compare') return unknownRoute(request, parts)
  return NextResponse.next()
}

export const config = {
  matcher: [
    '/roles',
    '/paths',
    '/paths/map',
    '/compare/:a/:b',
    '/compare/:a/:b/opengraph-image',
    '/api/roles/:slug',
    '/(roles|skills|tracks)/:slug(.*%.*)',
  ],
}
