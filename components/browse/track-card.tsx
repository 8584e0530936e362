import { IntentLink } from '@/components/intent-link'
import { trackLabel } from '@/lib/browse/labels'
import { entryPath } from '@/lib/routes'
import type { TrackSummary } from '@/lib/types'

const EDGE = ['border-t-accent', 'border-t-second'] as const

/** A track as a card; the whole card is the link (its title stretches over it), the roles on it are listed. */
export function TrackCard({ track, headingLevel: Heading = 'h3' }: { track: TrackSummary; headingLevel?: 'h2' | 'h3' }) {
  return (
    <article className={`relative rounded-lg border border-t-4 border-line bg-surface p-5 hover:border-accent ${EDGE[(track.order - 1) % EDGE.length]}`}>
      <Heading className="text-lg font-semibold">
        <IntentLink href={entryPath('tracks', track.slug)} className="text-ink stretched-link hover:text-accent">
          {trackLabel(track)}
        </IntentLink>
      </Heading>
      <p className="mt-1">{track.summary}</p>
      <p className="mt-2 text-sm text-muted"><span className="font-semibold text-ink">For:</span> {track.audience}</p>
      {track.roles.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          <span className="font-semibold text-ink">Roles on it:</span> {track.roles.map((r) => r.name).join(', ')}
        </p>
      ) : null}
    </article>
  )
}
