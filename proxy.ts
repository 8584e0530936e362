import { NextResponse, type NextRequest } from 'next/server'

// /roles is prerendered and filters in the browser. A filtered address (a shared link, or the GET form
// submitted without JavaScript) is served by a server-rendered twin, so it shows the filtered list either way.
export function proxy(request: NextRequest) {
  const keys = [...request.nextUrl.searchParams.keys()].filter((key) => key !== '_rsc')
  if (keys.length === 0) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = '/roles/filtered'
  return NextResponse.rewrite(url)
}

export const config = { matcher: '/roles' }
