'use client'

import { useCallback, useEffect, useState } from 'react'
import { contentFacts, type ProfileContent } from '@/lib/profile/facts'
import { reconcile } from '@/lib/profile/reconcile'
import type { Profile } from '@/lib/profile/schema'
import { subscribeToProfile } from './profile-presence'
import { readStoredProfile, removeStoredProfile, writeStoredProfile } from './profile-storage'

export type ProfileState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; message: string }
  | { status: 'ready'; profile: Profile; notices: string[] }

function load(content: ProfileContent): ProfileState {
  const stored = readStoredProfile()
  if (stored.kind === 'none') return { status: 'none' }
  if (!stored.ok) return { status: 'error', message: stored.message }
  const { profile, notices } = reconcile(stored.profile, contentFacts(content))
  return { status: 'ready', profile, notices: stored.migrated ? ['Your profile was saved by an earlier version of the site and has been brought up to date.', ...notices] : notices }
}

/** The stored profile, held to the current content, kept in step with other tabs; `save` and `remove` write through. */
export function useStoredProfile(content: ProfileContent) {
  const [state, setState] = useState<ProfileState>({ status: 'loading' })
  useEffect(() => {
    const refresh = () => setState(load(content))
    refresh()
    return subscribeToProfile(refresh)
  }, [content])
  const save = useCallback((profile: Profile) => writeStoredProfile(profile), [])
  const remove = useCallback(() => removeStoredProfile(), [])
  return { state, save, remove }
}
