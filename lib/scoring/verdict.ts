import type { SkillVector } from '@/lib/types'
import { CLOSE_CALL, separatingSkills, tierRoles } from './tiers'
import type { RoleFit, RoleTarget, TieredRole, TrackFit, Verdict } from './types'

/**
 * The verdict on top of a result: one sentence that answers "where do I fit", the ranking in tiers (./tiers.ts)
 * and, in a close call, what separates the top two. The person's current role is never the move: it is left out
 * of the sentence and of `next`, and kept apart in `current`. Pure.
 */

/** How many within-reach roles the sentence names; the ranking shows them all. */
export const REACH_NAMED = 2

export type SentenceInput = {
  /** The best track's unambiguous label ("Track 1 · …") and score, or null when there is none. */
  track: { label: string; score: number } | null
  next: Array<Pick<TieredRole, 'name' | 'score' | 'tier' | 'track'>>
  current: string | null
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`)

export function verdictSentence({ track, next, current }: SentenceInput): string {
  const top = next[0]
  if (!top || top.score === 0) return 'Nothing you answered matches a role yet, so there is no verdict: answer or rate a few more skills.'
  // The top role can be on no track (the roles people come from); say so, or the track named beside it reads as its own.
  const named = (r: SentenceInput['next'][number]) => (r === top && r.track === null ? `${r.name} (on neither track)` : r.name)
  const fitNow = next.filter((r) => r.tier === 'fit-now').map(named)
  const reach = next.filter((r) => r.tier === 'within-reach').slice(0, REACH_NAMED).map(named)
  const lead = current ? `Moving on from ${current}, you` : 'You'
  const where = track && track.score > 0 ? `${lead} are closest to ${track.label}` : `${lead} are not close to either track yet`
  const reachPart = reach.length ? `${list(reach)} ${reach.length === 1 ? 'is' : 'are'} within reach` : ''
  let roles: string
  if (fitNow.length) roles = `${list(fitNow)} ${fitNow.length === 1 ? 'fits' : 'fit'} you now${reachPart ? `, ${reachPart}` : ''}`
  else if (reachPart) roles = `no role fits you now, but ${reachPart}`
  else roles = `no role is within reach yet (the nearest is ${named(top)})`
  return `${where}; ${roles}.`
}

/** The verdict for a ranking sorted best first; `current` is a role slug the caller has validated, or null. */
export function buildVerdict(levels: SkillVector, roles: RoleFit[], tracks: TrackFit[], targets: RoleTarget[], names: Map<string, string>, current: string | null): Verdict {
  const currentFit = roles.find((r) => r.slug === current) ?? null
  const next = tierRoles(roles.filter((r) => r.slug !== current))
  const [a, b] = next
  const targetOf = (slug: string) => targets.find((t) => t.slug === slug)
  const ta = a && targetOf(a.slug)
  const tb = b && targetOf(b.slug)
  const closeCall = a && b && ta && tb && a.score > 0 && a.score - b.score <= CLOSE_CALL
    ? { a: a.slug, b: b.slug, skills: separatingSkills(levels, ta, tb, names) }
    : null
  const best = tracks[0]
  const sentence = verdictSentence({ track: best ? { label: best.label, score: best.score } : null, next, current: currentFit?.name ?? null })
  return { sentence, current: currentFit, next, closeCall }
}
