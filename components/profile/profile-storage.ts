import { parseProfileText, type ParsedProfile } from '@/lib/profile/parse'
import type { Profile } from '@/lib/profile/schema'
import { PROFILE_STORAGE_KEY, STORAGE_PREFIX } from '@/lib/storage-keys'

// The one place the profile touches the browser's storage. Nothing else reads or writes its key.

export type StoredProfile = { kind: 'none' } | ({ kind: 'read' } & ParsedProfile)

export function readStoredProfile(): StoredProfile {
  const raw = window.localStorage.getItem(PROFILE_STORAGE_KEY)
  return raw === null ? { kind: 'none' } : { kind: 'read', ...parseProfileText(raw) }
}

export function hasStoredProfile(): boolean {
  try {
    return window.localStorage.getItem(PROFILE_STORAGE_KEY) !== null
  } catch {
    return false
  }
}

export function writeStoredProfile(profile: Profile): void {
  window.localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify(profile))
  window.dispatchEvent(new Event(PROFILE_STORAGE_KEY))
}

/** Deleting the profile removes everything the site keeps in this browser: the profile and quiz answers in progress. */
export function removeStoredProfile(): void {
  const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i))
  for (const key of keys) if (key?.startsWith(STORAGE_PREFIX)) window.localStorage.removeItem(key)
  window.dispatchEvent(new Event(PROFILE_STORAGE_KEY))
}

/** Calls `onChange` when the profile changes in this tab (the custom event) or another (the storage event). */
export function subscribeToProfile(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === PROFILE_STORAGE_KEY) onChange()
  }
  window.addEventListener('storage', onStorage)
  window.addEventListener(PROFILE_STORAGE_KEY, onChange)
  return () => {
    window.removeEventListener('storage', onStorage)
    window.removeEventListener(PROFILE_STORAGE_KEY, onChange)
  }
}
