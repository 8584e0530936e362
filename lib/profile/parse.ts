import { PROFILE_FORMAT, PROFILE_VERSION, profileSchema, profileV1Schema, type Profile, type ProfileV1 } from './schema'

/**
 * Reading a profile from outside the code: localStorage, an imported file or a pasted value. Every path ends in
 * a valid current-version profile or a message naming what is wrong; nothing here writes anything, so a bad
 * value never replaces a good one. Pure.
 */
export type ParsedProfile = { ok: true; profile: Profile; migrated: boolean } | { ok: false; message: string }

// A record key that fails carries its own issues; theirs name what a key should be.
type Issue = { path: PropertyKey[]; message: string; issues?: readonly Issue[] }

function describe(issues: readonly Issue[]): string {
  const first = issues[0]
  if (!first) return 'it does not match the profile format'
  const where = first.path.length > 0 ? `field "${first.path.map(String).join('.')}"` : 'the value'
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
  return `${where}: ${first.issues?.[0]?.message ?? first.message}${more}`
}

/** Version 1 → 2: every level was the person's own rating, made at the one save time, which becomes the first snapshot. */
export function migrateV1(old: ProfileV1): Profile {
  const skills = Object.fromEntries(Object.entries(old.levels).map(([slug, level]) => [slug, { level, source: 'rated' as const, at: old.savedAt }]))
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    skills,
    current: null,
    target: null,
    history: [{ at: old.savedAt, levels: { ...old.levels }, target: null }],
  }
}

export function parseProfileValue(value: unknown): ParsedProfile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'This is not an MLOps Atlas profile: expected a JSON object.' }
  }
  const record = value as Record<string, unknown> // an object of unknown fields; each is checked below
  if (record.format !== PROFILE_FORMAT) {
    return { ok: false, message: `This is not an MLOps Atlas profile: field "format" should be "${PROFILE_FORMAT}".` }
  }
  if (record.version === 1) {
    const old = profileV1Schema.safeParse(value)
    return old.success ? { ok: true, profile: migrateV1(old.data), migrated: true } : { ok: false, message: `The profile (version 1) is damaged: ${describe(old.error.issues)}.` }
  }
  if (record.version !== PROFILE_VERSION) {
    return { ok: false, message: `The profile is version ${String(record.version)}; this site reads versions 1 and ${PROFILE_VERSION}.` }
  }
  const parsed = profileSchema.safeParse(value)
  return parsed.success ? { ok: true, profile: parsed.data, migrated: false } : { ok: false, message: `The profile is damaged: ${describe(parsed.error.issues)}.` }
}

export function parseProfileText(text: string): ParsedProfile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This is not an MLOps Atlas profile: it is not valid JSON.' }
  }
  return parseProfileValue(value)
}
