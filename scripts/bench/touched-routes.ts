import fs from 'node:fs'
import path from 'node:path'
import type { Release } from '@/scripts/cluster/release'

export type TouchedRoutes = { pages: string[]; rsc: string[]; api: string[] }

/**
 * Every prerendered route whose output in `release` contains `text`, read from the build itself: page HTML
 * (`.html`), page RSC payloads (`.rsc`) and route handler bodies (`.body`, the API).
 */
export function routesContaining(release: Release, text: string): TouchedRoutes {
  const root = path.resolve(release.distDir, 'server', 'app')
  const routes: TouchedRoutes = { pages: [], rsc: [], api: [] }
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const match = /^(.*)\.(html|rsc|body)$/.exec(file)
    if (!match || file.includes('.segments') || !fs.readFileSync(path.join(root, file), 'utf8').includes(text)) continue
    const route = `/${match[1]}`.replace(/\/index$/, '/')
    routes[match[2] === 'html' ? 'pages' : match[2] === 'rsc' ? 'rsc' : 'api'].push(route)
  }
  return routes
}
