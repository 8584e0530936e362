import { CHECK_LENGTH, checkChars } from '@/lib/check-digits'
import { PROFILE_FORMAT, PROFILE_VERSION, type Profile } from './schema'

/**
 * A profile in a URL, so it can be opened in another browser without any server state. Fields are separated by
 * "_": one per skill in the site's skill order (empty when unrated, the level as JavaScript's shortest exact
 * decimal, prefixed "i" when the quiz inferred it, so a quiz's in-between levels come back bit for bit), then the
 * current and target role (base-36 position + 1, 0 for none). A "~" and the check of lib/check-digits.ts,
 * fingerprinted with the skill and role lists, close it: a changed character or a link made for other content is
 * refused. Every character is URL-safe. History stays behind: a link carries who you are now, not your past. Pure.
 */
export type CodeContent = { skills: string[]; roles: string[]; top: number }
export type DecodedProfile = { ok: true; profile: Profile } | { ok: false; reason: string }

const fingerprint = (content: CodeContent) => `${content.top};${content.skills.join(',')};${content.roles.join(',')}`
const LEVEL = /^(i?)(\d+(?:\.\d+)?(?:e-\d+)?)$/

export function encodeProfile(profile: Profile, content: CodeContent): string {
  const fields = content.skills.map((slug) => {
    const entry = profile.skills[slug]
    return entry ? `${entry.source === 'inferred' ? 'i' : ''}${String(entry.level)}` : ''
  })
  for (const choice of [profile.current, profile.target]) fields.push((choice ? content.roles.indexOf(choice.slug) + 1 : 0).toString(36))
  const body = fields.join('_')
  return `${body}~${checkChars(fingerprint(content), body)}`
}

/** The profile a code holds, stamped with `at` (the time it is opened) as the time of every level and role. */
export function decodeProfile(code: string, content: CodeContent, at: string): DecodedProfile {
  if (!/^[0-9a-z._-]+~[0-9a-z]+$/.test(code)) return { ok: false, reason: 'The link contains characters a profile link never has, or it was cut off.' }
  const [body = '', check = ''] = code.split('~')
  if (check.length !== CHECK_LENGTH || check !== checkChars(fingerprint(content), body)) {
    return { ok: false, reason: 'The link does not check out: it was changed by hand, cut off, or made before the site’s skills or roles changed.' }
  }
  const fields = body.split('_')
  if (fields.length !== content.skills.length + 2) return { ok: false, reason: 'The link holds a different number of skills than the site has.' }
  const skills: Profile['skills'] = {}
  for (const [i, slug] of content.skills.entries()) {
    const field = fields[i] ?? ''
    if (field === '') continue
    const match = LEVEL.exec(field)
    const level = Number(match?.[2])
    if (!match || !(level >= 0 && level <= content.top)) return { ok: false, reason: `The link holds a level the scale does not have (skill ${i + 1}).` }
    skills[slug] = { level, source: match[1] ? 'inferred' : 'rated', at }
  }
  const role = (field: string | undefined) => {
    const slug = content.roles[parseInt(field ?? '0', 36) - 1]
    return slug ? { slug, at } : null
  }
  const [current, target] = fields.slice(-2)
  return {
    ok: true,
    profile: { format: PROFILE_FORMAT, version: PROFILE_VERSION, skills, current: role(current), target: role(target), history: [] },
  }
}
