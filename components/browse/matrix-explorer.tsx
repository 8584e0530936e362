'use client'

import { useEffect, useState } from 'react'
import { hasStoredProfile } from '@/components/profile/profile-presence'
import { arrangeMatrix, withVisibleSort, type MatrixOptions } from '@/lib/browse/matrix-view'
import type { LevelDef } from '@/lib/levels'
import type { Matrix, TrackRef } from '@/lib/types'
import { MatrixTable } from './matrix-table'

const field = 'mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink disabled:opacity-60'

/** Sorting and filtering for the heat map; before hydration the controls stay disabled and the full matrix shows. */
export function MatrixExplorer({ matrix, tracks, scale }: { matrix: Matrix; tracks: TrackRef[]; scale: LevelDef[] }) {
  const [options, setOptions] = useState<MatrixOptions>({})
  const [ready, setReady] = useState(false)
  const [profile, setProfile] = useState(false)
  const [you, setYou] = useState<Record<string, number> | null>(null)
  useEffect(() => {
    setReady(true)
    setProfile(hasStoredProfile())
  }, [])
  // The profile's schema loads only when the person asks to see their levels.
  const [showing, setShowing] = useState(false)
  const showMine = (on: boolean) => {
    setShowing(on)
    if (!on) return setYou(null)
    void Promise.all([import('@/components/profile/profile-storage'), import('@/lib/profile/edit')]).then(([{ readSavedProfile }, { levelsOf }]) => {
      const saved = readSavedProfile()
      if (saved) setYou(levelsOf(saved))
    })
  }
  const set = (patch: Partial<MatrixOptions>) => setOptions((o) => withVisibleSort(matrix, { ...o, ...patch }))
  const view = arrangeMatrix(matrix, options)
  const cells = view.roles.length * view.groups.reduce((n, g) => n + g.skills.length, 0)
  return (
    <div className="space-y-3">
      <fieldset disabled={!ready} className="grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-3 lg:grid-cols-4">
        <legend className="sr-only">Filter and sort the matrix</legend>
        <label className="text-sm font-medium">
          Skill category
          <select className={field} value={options.category ?? ''} onChange={(e) => set({ category: e.target.value || undefined })}>
            <option value="">All categories</option>
            {matrix.categories.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
          </select>
        </label>
        <label className="text-sm font-medium">
          Track
          <select className={field} value={options.track ?? ''} onChange={(e) => set({ track: e.target.value || undefined })}>
            <option value="">All roles</option>
            {tracks.map((t) => <option key={t.slug} value={t.slug}>{t.name}</option>)}
            <option value="none">Not on a track</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Sort skills by role
          <select className={field} value={options.sortByRole ?? ''} onChange={(e) => set({ sortByRole: e.target.value || undefined })}>
            <option value="">Default order</option>
            {matrix.roles.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
          </select>
        </label>
        <label className="text-sm font-medium">
          Sort roles by skill
          <select className={field} value={options.sortBySkill ?? ''} onChange={(e) => set({ sortBySkill: e.target.value || undefined })}>
            <option value="">Default order</option>
            {matrix.skills.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
          </select>
        </label>
      </fieldset>
      {profile ? (
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={showing} onChange={(e) => showMine(e.target.checked)} className="size-4 accent-[var(--accent)]" />
          Show my levels from my saved profile (a “You” column)
        </label>
      ) : null}
      <p aria-live="polite" className="text-sm text-muted">
        {view.roles.length} roles × {view.groups.reduce((n, g) => n + g.skills.length, 0)} skills ({cells} cells); the table scrolls inside its box
      </p>
      {view.roles.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-6 text-center">No role on this track.</p>
      ) : (
        <MatrixTable matrix={matrix} view={view} highlightRole={options.sortByRole} highlightSkill={options.sortBySkill} you={showing && you ? { levels: you, scale } : undefined} />
      )}
    </div>
  )
}
