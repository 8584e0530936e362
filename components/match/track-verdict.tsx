import { IntentLink } from '@/components/intent-link'
import type { TrackFit } from '@/lib/scoring/types'
import { FitBar } from './fit-bar'
import { entryPath } from '@/lib/routes'

/** Both tracks, each scored as its best role (lib/scoring/tracks.ts) and named as a track, never as a role. */
export function TrackVerdict({ tracks }: { tracks: TrackFit[] }) {
  const [best] = tracks
  if (!best) return null
  return (
    <section aria-labelledby="track-title" className="card sm:p-5">
      <h2 id="track-title" className="heading">Your track</h2>
      <p className="mt-1 text-muted">
        {best.score === 0 || !best.via
          ? 'Nothing you answered matches a role on either track yet.'
          : `${best.label} fits you best: a track fits you as well as its best role does, here the ${best.via.name} role.`}
      </p>
      <ol className="mt-3 space-y-3">
        {tracks.map((t, i) => (
          <li key={t.slug} className="grid gap-1 sm:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
            <span>
              <IntentLink href={entryPath('tracks', t.slug)} className={`font-semibold underline underline-offset-2 ${i === 0 ? 'text-accent' : 'text-ink'}`}>
                {t.label}
              </IntentLink>
              {t.via ? <span className="block text-xs text-muted">through {t.via.name}</span> : null}
            </span>
            <FitBar score={t.score} tone={i === 0 ? 'accent' : 'second'} />
          </li>
        ))}
      </ol>
    </section>
  )
}
