'use client'

import { useEffect, useState } from 'react'
import { codeContent, type ProfileContent } from '@/lib/profile/facts'
import type { Profile } from '@/lib/profile/schema'
import { encodeProfile } from '@/lib/profile/share-code'

export const SHARE_PARAM = 'profile'

/** A link that opens this profile (levels and roles, not the history) in any browser. */
export function ShareLink({ content, profile }: { content: ProfileContent; profile: Profile }) {
  const [url, setUrl] = useState('')
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    setUrl(`${window.location.origin}/me?${SHARE_PARAM}=${encodeProfile(profile, codeContent(content))}`)
    setCopied(false)
  }, [content, profile])
  return (
    <div className="space-y-1">
      <label htmlFor="share-url" className="block font-medium">Share link</label>
      <div className="flex gap-2">
        <input id="share-url" readOnly value={url} onFocus={(e) => e.target.select()} className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-raised px-3 text-sm" />
        <button
          type="button"
          onClick={() => navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false))}
          className="min-h-11 rounded-md border border-line bg-surface px-4 font-medium hover:bg-raised"
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="text-sm text-muted">Anyone with the link sees your levels and roles; the link itself is all that leaves this browser.</p>
    </div>
  )
}
