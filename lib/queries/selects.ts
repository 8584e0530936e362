// Shapes several queries share, so each is written once.

/** What every query selects of a cited source, in the site's source order: the shape of `SourceRef`. */
export const sourceSelect = { slug: true, title: true, publisher: true, author: true, year: true, url: true } as const
export const citedSources = { select: sourceSelect, orderBy: { order: 'asc' } } as const

/** A skill with its category, as role and track pages list it. */
export const skillWithCategory = { include: { skill: { include: { category: true } } } } as const

type SkillRow = { skill: { slug: string; name: string; order: number; category: { slug: string; name: string; order: number } } }

export function skillFields({ skill }: SkillRow) {
  return { slug: skill.slug, name: skill.name, category: skill.category.slug, categoryName: skill.category.name }
}

/** Matrix order: by category, then by the skill's place in it. */
export function bySkillOrder(a: SkillRow, b: SkillRow): number {
  return a.skill.category.order - b.skill.category.order || a.skill.order - b.skill.order
}
