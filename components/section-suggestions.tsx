'use client'

import { useEffect, useState, type ReactNode } from 'react'
import { EntryLinks } from './not-found-view'

type Entries = Array<{ slug: string; name: string }>
type Listed = 'roles' | 'skills' | 'tracks'
type Section = Listed | 'compare' | 'other' | 'unknown'

const TITLES: Record<Listed, string> = {
  roles: 'No role by that name. These are the roles the atlas covers',
  skills: 'No skill by that name. These are the skills of the matrix',
  tracks: 'No track by that name. These are the tracks',
}

/**
 * On the site's one prerendered 404 page, what fits the address: the roles for /roles/…, the skills for /skills/…,
 * the tracks for /tracks/…, and the comparison picker (`picker`) for /compare/…. The address is only known in the
 * browser, since the page is one static file; without JavaScript the picker shows for every address, as it must
 * for a comparison.
 */
export function SectionSuggestions({ picker, ...lists }: Record<Listed, Entries> & { picker: ReactNode }) {
  const [section, setSection] = useState<Section>('unknown')
  useEffect(() => {
    const first = window.location.pathname.split('/')[1] ?? ''
    setSection(first === 'roles' || first === 'skills' || first === 'tracks' || first === 'compare' ? first : 'other')
  }, [])
  if (section === 'unknown' || section === 'compare') return picker
  if (section === 'other') return null
  return <EntryLinks title={TITLES[section]} entries={lists[section]} base={`/${section}`} />
}
