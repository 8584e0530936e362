'use client'

import { useEffect, useState } from 'react'
import type { Profile } from '@/lib/profile/schema'
import type { ScoringModel } from '@/lib/scoring/types'
import { readSavedProfile } from './profile-storage'
import { useScoringModel } from './use-scoring-model'

export type ProfileModel = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; profile: Profile; model: ScoringModel }

/** The saved profile (read once, through its schema) and the scoring model, for the panels that score it on a page. */
export function useProfileModel(version: string): ProfileModel {
  const scoring = useScoringModel(version)
  const [profile, setProfile] = useState<Profile | null>(null)
  useEffect(() => {
    const saved = readSavedProfile()
    if (saved) setProfile(saved)
  }, [])
  if (scoring && !scoring.ok) return { status: 'error', message: scoring.message }
  return scoring && profile ? { status: 'ready', profile, model: scoring.model } : { status: 'loading' }
}
