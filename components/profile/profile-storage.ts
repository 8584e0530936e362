import { parseProfileText, type ParsedProfile } from '@/lib/profile/parse'
import type { Profile } from '@/lib/profile/schema'
import { PROFILE_STORAGE_KEY, STORAGE_PREFIX } from '@/lib/storage-keys'
import { announceProfileChange } from './profile-presence'

// The one place the profile is read from and written to the browser's storage, always through the schema.

export type StoredProfile = { kind: 'none' } | ({ kind: 'read' } & ParsedProfile)

export function readStoredProfile(): StoredProfile {
  const raw = window.localStorage.getItem(PROFILE_STORAGE_KEY)
  return raw === null ? { kind: 'none' } : { kind: 'read', ...parseProfileText(raw) }
}

/** The saved profile when there is one that passes the schema; callers that only use a good profile ask this. */
export function readSavedProfile(): Profile | undefined {
  const stored = readStoredProfile()
  return stored.kind === 'read' && stored.ok ? stored.profile : undefined
}

export function writeStoredProfile(profile: Profile): void {
  window.localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify(profile))
  announceProfileChange()
}

/** Deleting the profile removes everything the site keeps in this browser: the profile and quiz answers in progress. */
export function removeStoredProfile(): void {
  const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i))
  for (const key of keys) if (key?.startsWith(STORAGE_PREFIX)) window.localStorage.removeItem(key)
  announceProfileChange()
}
