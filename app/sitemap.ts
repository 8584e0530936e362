import type { MetadataRoute } from 'next'
import { listRoleSlugs } from '@/lib/queries/roles'
import { listSkillSlugs } from '@/lib/queries/skills'
import { listTracks } from '@/lib/queries/tracks'
import { siteUrl } from '@/lib/site'

const MAIN_PAGES = ['/', '/roles', '/skills', '/lifecycle', '/compare', '/quiz', '/match']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const [roles, skills, tracks] = await Promise.all([listRoleSlugs(), listSkillSlugs(), listTracks()])
  const paths = [
    ...MAIN_PAGES,
    ...tracks.map((t) => `/tracks/${t.slug}`),
    ...roles.map((slug) => `/roles/${slug}`),
    ...skills.map((slug) => `/skills/${slug}`),
  ]
  return paths.map((path) => ({ url: new URL(path, base).toString(), priority: MAIN_PAGES.includes(path) ? 0.8 : 0.6 }))
}
