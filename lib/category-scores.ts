import type { Category, MatrixSkill, SkillVector } from '@/lib/types'

export type CategoryScore = { category: string; name: string; value: number }

const TOP = 3

/**
 * A role's (or a person's) level per skill category, for the radar charts and their tables.
 * The value is the mean of the category's three highest levels (missing skills count as 0): one
 * strong skill does not make a whole category strong, and a long tail of unrelated skills does not
 * drag a specialist down.
 */
export function categoryScores(vector: SkillVector, skills: MatrixSkill[], categories: Category[]): CategoryScore[] {
  return categories.map((category) => {
    const levels = skills
      .filter((s) => s.category === category.slug)
      .map((s) => vector[s.slug] ?? 0)
      .sort((a, b) => b - a)
      .slice(0, TOP)
    while (levels.length < TOP) levels.push(0)
    const mean = levels.reduce((sum, l) => sum + l, 0) / TOP
    return { category: category.slug, name: category.name, value: Math.round(mean * 10) / 10 }
  })
}

/** A category's name cut at its first comma or ampersand, short enough for a chart axis on a phone. */
export function shortCategoryName(name: string): string {
  return name.split(/[,&]/)[0]?.trim() || name
}
