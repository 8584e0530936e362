import { cache } from 'react'
import type { ProfileContent } from '@/lib/profile/facts'
import { getScale } from './levels'
import { getMatrix } from './matrix'

/** The content a browser-side profile is edited and checked against, in matrix order. */
export const getProfileContent = cache(async (): Promise<ProfileContent> => {
  const [matrix, scale] = await Promise.all([getMatrix(), getScale()])
  return {
    scale,
    categories: matrix.categories.map((c) => ({ slug: c.slug, name: c.name })),
    skills: matrix.skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category })),
    roles: matrix.roles.map((r) => ({ slug: r.slug, name: r.name })),
  }
})
