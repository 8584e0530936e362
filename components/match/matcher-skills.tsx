'use client'

import { useEffect, useState } from 'react'
import { SkillEditor, type EditedLevel } from '@/components/profile/skill-editor'
import { hasStoredProfile } from '@/components/profile/profile-presence'
import type { LevelDef } from '@/lib/levels'

type Props = {
  categories: Array<{ slug: string; name: string }>
  skills: Array<{ slug: string; name: string; category: string }>
  scale: LevelDef[]
  ratings: Record<string, number>
  /** Open with the saved profile when the address holds no ratings. */
  prefill: boolean
}

const asEdited = (ratings: Record<string, number>) =>
  Object.fromEntries(Object.entries(ratings).map(([slug, level]) => [slug, { level, source: 'rated' as const }]))

/**
 * The matcher's skills as radio groups a thumb can hit, by category, each category folding away with a count of
 * its rated skills. The radios are named by skill slug, so the GET form submits `<slug>=<level>` for rated skills
 * only. With `prefill`, a saved profile fills them in (a quiz's in-between levels rounded to whole ones); its
 * schema loads only in a browser that holds one.
 */
export function MatcherSkills({ categories, skills, scale, ratings, prefill }: Props) {
  const [levels, setLevels] = useState<Record<string, EditedLevel>>(() => asEdited(ratings))
  const [filled, setFilled] = useState(0)
  useEffect(() => {
    if (!prefill || !hasStoredProfile()) return
    void import('@/components/profile/profile-storage').then(({ readSavedProfile }) => {
      const saved = readSavedProfile()
      if (!saved) return
      const known = new Set(skills.map((s) => s.slug))
      const rated = Object.entries(saved.skills).filter(([slug]) => known.has(slug))
      setLevels(asEdited(Object.fromEntries(rated.map(([slug, s]) => [slug, Math.round(s.level)]))))
      setFilled(rated.length)
      const current = document.getElementById('current-role')
      if (current instanceof HTMLSelectElement && saved.current) current.value = saved.current.slug
    })
  }, [prefill, skills])
  const rate = (skill: string, level: number | null) =>
    setLevels(({ [skill]: _old, ...rest }) => (level === null ? rest : { ...rest, [skill]: { level, source: 'rated' } }))
  return (
    <div className="space-y-3">
      {filled > 0 ? (
        <p role="status" className="rounded-lg border border-accent bg-accent-soft p-3 text-sm" data-testid="prefilled">
          Filled in from your saved profile ({filled} skill{filled === 1 ? '' : 's'}, quiz levels rounded to whole ones). Score them to see your matches.
        </p>
      ) : null}
      <SkillEditor content={{ categories, skills, scale }} skills={levels} onRate={rate} radioName={(slug) => slug} />
    </div>
  )
}
