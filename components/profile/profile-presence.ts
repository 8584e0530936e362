import { PROFILE_STORAGE_KEY } from '@/lib/storage-keys'

// Whether a profile is stored, and when that changes, without reading it: this is all that pages load for a
// visitor, so it must not pull in the schema or the scoring code.

export function hasStoredProfile(): boolean {
  try {
    return window.localStorage.getItem(PROFILE_STORAGE_KEY) !== null
  } catch {
    return false
  }
}

/** Tells this tab's listeners that the profile changed (the storage event only reaches other tabs). */
export function announceProfileChange(): void {
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
