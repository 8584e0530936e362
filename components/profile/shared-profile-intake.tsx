'use client'

import { useEffect, useState } from 'react'
import { codeContent, type ProfileContent } from '@/lib/profile/facts'
import type { Profile } from '@/lib/profile/schema'
import { decodeProfile } from '@/lib/profile/share-code'
import { SHARE_PARAM } from './share-link'

type Intake = { kind: 'none' } | { kind: 'bad'; reason: string } | { kind: 'ok'; profile: Profile }

/** A profile arriving in the address (a share link): shown first, kept only when the person says so. */
export function SharedProfileIntake({ content, hasOwn, onKeep }: { content: ProfileContent; hasOwn: boolean; onKeep: (profile: Profile) => void }) {
  const [intake, setIntake] = useState<Intake>({ kind: 'none' })
  useEffect(() => {
    const code = new URLSearchParams(window.location.search).get(SHARE_PARAM)
    if (code === null) return
    const decoded = decodeProfile(code, codeContent(content), new Date().toISOString())
    setIntake(decoded.ok ? { kind: 'ok', profile: decoded.profile } : { kind: 'bad', reason: decoded.reason })
  }, [content])
  if (intake.kind === 'none') return null
  const done = () => {
    window.history.replaceState(null, '', '/me')
    setIntake({ kind: 'none' })
  }
  if (intake.kind === 'bad') {
    return (
      <div role="alert" className="rounded-lg border border-warn bg-warn-soft p-4">
        <p className="font-semibold">This share link could not be read.</p>
        <p className="text-sm">{intake.reason} Nothing was changed.</p>
      </div>
    )
  }
  const rated = Object.keys(intake.profile.skills).length
  return (
    <section aria-labelledby="shared-title" className="rounded-lg border border-accent bg-accent-soft p-4">
      <h2 id="shared-title" className="font-semibold">A profile was shared with you</h2>
      <p className="mt-1 text-sm">
        It has {rated} skill{rated === 1 ? '' : 's'} rated. {hasOwn ? 'Keeping it replaces the profile already in this browser, history included.' : 'Keep it to see what it says and to edit it.'}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={() => { onKeep(intake.profile); done() }} className="min-h-11 rounded-md bg-accent px-4 font-medium text-white dark:text-canvas">
          Keep it in this browser
        </button>
        <button type="button" onClick={done} className="min-h-11 rounded-md border border-line bg-surface px-4 font-medium">Ignore it</button>
      </div>
    </section>
  )
}
