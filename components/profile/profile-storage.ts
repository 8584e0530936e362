import { parseProfileText, type ParsedProfile } from '@/lib/profile/parse'
import type { Profile } from '@/lib/profile/schema'

// The one place the profile touches the browser's storage. Nothing else reads or writes the key.
export const PROFILE_STORAGE_KEY = 'mlops-atlas.profile'

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

export function removeStoredProfile(): void {
  window.localStorage.removeItem(PROFILE_STORAGE_KEY)
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
