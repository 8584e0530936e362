import type { MetadataRoute } from 'next'
import { listRoleSlugs } from '@/lib/queries/roles'
import { listSkillSlugs } from '@/lib/queries/skills'
import { listTracks } from '@/lib/queries/tracks'
import { entryPath, STATIC_PAGES } from '@/lib/routes'
import { siteUrl } from '@/lib/site'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const [roles, skills, tracks] = await Promise.all([listRoleSlugs(), listSkillSlugs(), listTracks()])
  const main = STATIC_PAGES.map((p) => ({ path: p.path, priority: 0.8 }))
  const entries = [
    ...tracks.map((t) => entryPath('tracks', t.slug)),
    ...roles.map((slug) => entryPath('roles', slug)),
    ...skills.map((slug) => entryPath('skills', slug)),
  ].map((path) => ({ path, priority: 0.6 }))
  return [...main, ...entries].map(({ path, priority }) => ({ url: new URL(path, base).toString(), priority }))
}
