'use client'

import { useState, type ChangeEvent } from 'react'
import { parseProfileText } from '@/lib/profile/parse'
import type { Profile } from '@/lib/profile/schema'

const button = 'inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-4 font-medium hover:bg-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent'

/** Export as a file, import one (checked before anything is replaced), and delete with a confirmation. */
export function ProfileFileActions({ profile, onImport, onDelete }: {
  profile: Profile | null
  onImport: (profile: Profile) => void
  onDelete: () => void
}) {
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const [confirming, setConfirming] = useState(false)

  function exportFile() {
    if (!profile) return
    const url = URL.createObjectURL(new Blob([JSON.stringify(profile, null, 2)], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `mlops-atlas-profile-${new Date().toISOString().slice(0, 10)}.json`
    link.click()
    URL.revokeObjectURL(url)
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const parsed = parseProfileText(await file.text())
    if (!parsed.ok) return setMessage({ tone: 'error', text: `${file.name} was not imported, and your profile is unchanged. ${parsed.message}` })
    onImport(parsed.profile)
    setMessage({ tone: 'ok', text: `Imported ${file.name}.` })
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={exportFile} disabled={!profile}>Export as a file</button>
        <label className={`${button} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent`}>
          Import a file
          <input type="file" accept="application/json,.json" onChange={importFile} className="sr-only" />
        </label>
        {profile && !confirming ? (
          <button type="button" className={`${button} text-warn`} onClick={() => setConfirming(true)}>Delete my profile</button>
        ) : null}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-title" className="rounded-lg border border-warn bg-warn-soft p-4">
          <p id="delete-title" className="font-semibold">Delete your profile and its history from this browser?</p>
          <p className="text-sm">This also clears quiz answers in progress. Nothing is kept anywhere else, so it cannot be undone: export the profile first if you may want it back.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={button} onClick={() => { setConfirming(false); onDelete(); setMessage({ tone: 'ok', text: 'Your profile was deleted from this browser.' }) }}>
              Yes, delete it
            </button>
            <button type="button" className={button} onClick={() => setConfirming(false)} autoFocus>Keep it</button>
          </div>
        </div>
      ) : null}
      <p role="status" className={message?.tone === 'error' ? 'text-warn' : 'text-muted'}>{message?.text ?? ''}</p>
    </div>
  )
}
