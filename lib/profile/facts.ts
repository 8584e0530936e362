import type { LevelDef } from '@/lib/levels'
import { topLevel } from '@/lib/levels'
import type { ContentFacts } from './reconcile'
import type { CodeContent } from './share-code'

/**
 * What the browser needs to know of the site's content to edit, check and share a profile: plain data the /me page
 * receives from the server, in the matrix's skill order.
 */
export type ProfileContent = {
  scale: LevelDef[]
  categories: Array<{ slug: string; name: string }>
  skills: Array<{ slug: string; name: string; category: string }>
  roles: Array<{ slug: string; name: string }>
}

export function contentFacts(content: ProfileContent): ContentFacts {
  return { skills: new Map(content.skills.map((s) => [s.slug, s.name])), roles: new Set(content.roles.map((r) => r.slug)), top: topLevel(content.scale) }
}

export function codeContent(content: ProfileContent): CodeContent {
  return { skills: content.skills.map((s) => s.slug), roles: content.roles.map((r) => r.slug), top: topLevel(content.scale) }
}
