import { CHECK_LENGTH, checkChars } from '@/lib/check-digits'
import { PROFILE_FORMAT, PROFILE_VERSION, type Profile } from './schema'

/**
 * A profile in a URL, so it can be opened in another browser without any server state. Per skill, in the site's
 * skill order, a fixed number of base-36 characters hold the level in hundredths, offset when the quiz inferred
 * it, or the largest value for "unrated"; then two characters each for the current and target role (position + 1,
 * 0 for none); then the check of lib/check-digits.ts fingerprinted with the skill and role lists, so a changed
 * character or a link made for other content is refused. History stays behind: a share link carries who you are
 * now, not your past. Pure.
 */
export type CodeContent = { skills: string[]; roles: string[]; top: number }
export type DecodedProfile = { ok: true; profile: Profile } | { ok: false; reason: string }

const ROLE_WIDTH = 2

function layout(content: CodeContent) {
  const span = content.top * 100 + 1
  const unrated = 2 * span
  const width = Math.max(1, Math.ceil(Math.log(unrated + 1) / Math.log(36)))
  const fingerprint = `${content.top};${content.skills.join(',')};${content.roles.join(',')}`
  return { span, unrated, width, fingerprint, length: content.skills.length * width + 2 * ROLE_WIDTH }
}

const digits = (value: number, width: number) => value.toString(36).padStart(width, '0')

export function encodeProfile(profile: Profile, content: CodeContent): string {
  const { span, unrated, width, fingerprint } = layout(content)
  let body = ''
  for (const slug of content.skills) {
    const entry = profile.skills[slug]
    const hundredths = entry ? Math.min(span - 1, Math.max(0, Math.round(entry.level * 100))) : null
    body += digits(hundredths === null ? unrated : hundredths + (entry?.source === 'inferred' ? span : 0), width)
  }
  for (const choice of [profile.current, profile.target]) {
    body += digits(choice ? content.roles.indexOf(choice.slug) + 1 : 0, ROLE_WIDTH)
  }
  return body + checkChars(fingerprint, body)
}

/** The profile a code holds, stamped with `at` (the time it is opened) as the time of every level. */
export function decodeProfile(code: string, content: CodeContent, at: string): DecodedProfile {
  const { span, unrated, width, fingerprint, length } = layout(content)
  if (!/^[0-9a-z]+$/.test(code)) return { ok: false, reason: 'The link contains characters a profile link never has.' }
  if (code.length !== length + CHECK_LENGTH) return { ok: false, reason: 'The link is too short or too long: it may have been cut off.' }
  const body = code.slice(0, length)
  if (code.slice(length) !== checkChars(fingerprint, body)) {
    return { ok: false, reason: 'The link does not check out: it was changed by hand, or made before the site’s skills or roles changed.' }
  }
  const skills: Profile['skills'] = {}
  for (const [i, slug] of content.skills.entries()) {
    const value = parseInt(body.slice(i * width, (i + 1) * width), 36)
    if (value === unrated) continue
    if (value > unrated) return { ok: false, reason: `The link holds a level the scale does not have (skill ${i + 1}).` }
    skills[slug] = { level: (value % span) / 100, source: value >= span ? 'inferred' : 'rated', at }
  }
  const role = (offset: number) => {
    const index = parseInt(body.slice(offset, offset + ROLE_WIDTH), 36)
    const slug = index > 0 ? content.roles[index - 1] : undefined
    return slug ? { slug, at } : null
  }
  const rolesAt = content.skills.length * width
  return {
    ok: true,
    profile: { format: PROFILE_FORMAT, version: PROFILE_VERSION, skills, current: role(rolesAt), target: role(rolesAt + ROLE_WIDTH), history: [] },
  }
}
