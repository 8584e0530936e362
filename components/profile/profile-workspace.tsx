'use client'

import { memo, useState } from 'react'
import { chooseRole, rateSkill, withSnapshot } from '@/lib/profile/edit'
import type { ProfileContent } from '@/lib/profile/facts'
import { emptyProfile, type Profile } from '@/lib/profile/schema'
import { profileProgress } from '@/lib/profile/progress'
import type { ScoringModel } from '@/lib/scoring/types'
import { FitMovement } from './fit-movement'
import { ProfileFileActions } from './profile-file-actions'
import { ProfileResult as Result } from './profile-result'
import { ProfileHistory } from './profile-history'
import { RolePickers } from './role-pickers'
import { ShareLink } from './share-link'
import { SharedProfileIntake } from './shared-profile-intake'
import { SkillEditor } from './skill-editor'
import { useScoringModel } from './use-scoring-model'
import { useStoredProfile } from './use-stored-profile'

const now = () => new Date().toISOString()
const primary = 'min-h-11 rounded-md bg-accent px-5 font-semibold text-white hover:opacity-90 disabled:opacity-50 dark:text-canvas'

/** The /me page's working area: the saved profile, a draft of edits, and everything done with them. */
export function ProfileWorkspace({ content, version }: { content: ProfileContent; version: string }) {
  const { state, save, remove } = useStoredProfile(content)
  const scoring = useScoringModel(version)
  const model = scoring?.ok ? scoring.model : null
  const saved = state.status === 'ready' ? state.profile : null
  const [draft, setDraft] = useState<Profile>(() => saved ?? emptyProfile())
  const [dirty, setDirty] = useState(false)
  // A new saved profile (read, saved, imported or deleted) starts a clean draft from it, in the same render.
  const [draftOf, setDraftOf] = useState(saved)
  if (saved !== draftOf) {
    setDraftOf(saved)
    setDraft(saved ?? emptyProfile())
    setDirty(false)
  }

  const edit = (next: Profile) => {
    setDraft(next)
    setDirty(true)
  }
  const keep = (profile: Profile) => save(withSnapshot(profile, now()))

  if (state.status === 'loading') return <p className="text-muted">Reading your profile from this browser…</p>
  return (
    <div className="space-y-8">
      <SharedProfileIntake content={content} hasOwn={saved !== null} onKeep={keep} />
      {state.status === 'error' ? (
        <div role="alert" className="rounded-lg border border-warn bg-warn-soft p-4">
          <p className="font-semibold">The profile stored in this browser could not be read, so nothing was changed.</p>
          <p className="text-sm">{state.message} Import a good file, or delete it below and start again.</p>
        </div>
      ) : null}
      {state.status === 'ready' && state.notices.length > 0 ? (
        <ul role="status" className="list-disc space-y-1 rounded-lg border border-line bg-raised p-4 pl-8 text-sm">
          {state.notices.map((n) => <li key={n}>{n}</li>)}
        </ul>
      ) : null}
      {saved ? (
        <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {[['me-says', 'What it says'], ['me-edit', 'Edit'], ['me-history', 'History'], ['me-keep', 'Export, share or delete']].map(([id, label]) => (
            <a key={id} href={`#${id}`} className="ulink">{label}</a>
          ))}
        </nav>
      ) : null}
      {scoring && !scoring.ok ? <p role="alert" className="text-warn">{scoring.message}</p> : null}
      {saved && model ? (
        <section id="me-says" aria-labelledby="me-says-title" className="space-y-3">
          <h2 id="me-says-title" className="text-2xl font-bold tracking-tight">What your profile says</h2>
          <ProfileResult profile={saved} model={model} />
        </section>
      ) : null}
      <section id="me-edit" aria-labelledby="me-roles-title" className="space-y-3">
        <h2 id="me-roles-title" className="heading">Where you are and where you want to go</h2>
        <RolePickers content={content} profile={draft} onChoose={(side, slug) => edit(chooseRole(draft, side, slug, now()))} />
      </section>
      <section aria-labelledby="me-levels-title" className="space-y-3">
        <h2 id="me-levels-title" className="heading">Your skill levels</h2>
        <p className="text-muted">Tab to a skill, then use the arrow keys to pick its level. Unrated skills count as 0.</p>
        <SkillEditor content={content} skills={draft.skills} onRate={(skill, level) => edit(rateSkill(draft, skill, level, now()))} />
      </section>
      <div className={`${dirty ? "sticky bottom-0 z-10 shadow-[0_-1px_0_var(--color-line)]" : ""} -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-canvas px-4 py-3`}>
        <button type="button" className={primary} disabled={!dirty} onClick={() => keep(draft)}>Save my profile</button>
        <p role="status" className="text-sm text-muted">{dirty ? 'Unsaved changes.' : saved ? 'All changes saved in this browser.' : 'Nothing saved yet.'}</p>
      </div>
      {saved ? (
        <section id="me-history" aria-labelledby="me-history-title" className="space-y-3">
          <h2 id="me-history-title" className="heading">History</h2>
          <ProfileHistory content={content} history={saved.history} />
          {model ? <Progress history={saved.history} model={model} target={saved.target?.slug ?? null} /> : null}
        </section>
      ) : null}
      <section id="me-keep" aria-labelledby="me-keep-title" className="space-y-4">
        <h2 id="me-keep-title" className="heading">Keep, move or delete it</h2>
        {saved ? <ShareLink content={content} profile={saved} /> : null}
        <ProfileFileActions profile={saved} onImport={save} onDelete={remove} />
      </section>
    </div>
  )
}

// Both score the saved profile (Progress every snapshot of it), which a click in the editor does not change: they
// re-render only when the saved profile or the model does.
const ProfileResult = memo(Result)
const Progress = memo(function Progress({ history, model, target }: { history: Profile['history']; model: ScoringModel; target: string | null }) {
  const progress = profileProgress(history, model, target)
  return progress ? <FitMovement progress={progress} /> : null
})
