'use client'

import { useEffect, useState } from 'react'
import { parseScoringModel, type ParsedModel } from '@/lib/profile/model-schema'

// One download per page view, shared by every leaf that scores the profile.
let download: Promise<ParsedModel> | null = null

function fetchModel(version: string): Promise<ParsedModel> {
  download ??= fetch(`/api/scoring-model?v=${encodeURIComponent(version)}`)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then(parseScoringModel, () => ({ ok: false as const, message: 'The scoring data could not be downloaded; reload the page to try again.' }))
  return download
}

/** The scoring model for the content version the page was built from, or null while it downloads. */
export function useScoringModel(version: string): ParsedModel | null {
  const [model, setModel] = useState<ParsedModel | null>(null)
  useEffect(() => {
    let live = true
    void fetchModel(version).then((m) => live && setModel(m))
    return () => {
      live = false
    }
  }, [version])
  return model
}
