import type { Profile } from './schema'

/**
 * Holds a stored profile to the site's current content, which may have changed since it was saved: a skill that
 * no longer exists (or a level above the scale's top) is dropped with a notice, a new skill simply starts
 * unrated, and a current or target role that no longer exists is cleared with a notice asking to pick again.
 * Old snapshots keep only skills that still exist. Pure.
 */
export type ContentFacts = { skills: Map<string, string>; roles: Set<string>; top: number }
export type Reconciled = { profile: Profile; notices: string[] }

export function reconcile(profile: Profile, facts: ContentFacts): Reconciled {
  const notices: string[] = []
  const skills: Profile['skills'] = {}
  for (const [slug, entry] of Object.entries(profile.skills)) {
    if (!facts.skills.has(slug)) notices.push(`“${slug}” is no longer a skill on the site, so its level was dropped.`)
    else if (entry.level > facts.top) notices.push(`The level for ${facts.skills.get(slug)} was above the scale’s top (${facts.top}), so it was dropped.`)
    else skills[slug] = entry
  }
  const role = (side: 'current' | 'target', label: string) => {
    const choice = profile[side]
    if (choice && !facts.roles.has(choice.slug)) {
      notices.push(`Your ${label} “${choice.slug}” is no longer on the site: please pick it again.`)
      return null
    }
    return choice
  }
  const history = profile.history.map((s) => ({
    ...s,
    levels: Object.fromEntries(Object.entries(s.levels).filter(([slug, level]) => facts.skills.has(slug) && level <= facts.top)),
    target: s.target && facts.roles.has(s.target) ? s.target : null,
  }))
  return { profile: { ...profile, skills, current: role('current', 'current role'), target: role('target', 'target role'), history }, notices }
}
