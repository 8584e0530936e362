import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { PageIntro } from '@/components/section'
import { TrackCard } from '@/components/browse/track-card'
import { listTracks } from '@/lib/queries/tracks'

const description = 'The two career tracks into MLOps: who each is for, what it focuses on and which roles sit on it.'

export const metadata: Metadata = { title: 'Tracks', description, openGraph: { title: 'Tracks · MLOps Atlas', description } }

export default async function TracksPage() {
  const tracks = await listTracks()
  return (
    <div className="space-y-8">
      <PageIntro
        eyebrow="Career tracks"
        title="Two tracks into MLOps"
        lead="One starts from models and code, the other from infrastructure; organisations need both. Each track page lists the roles on it, the roles people enter it from, and the skills it weighs."
      />
      <ul className="grid gap-4 md:grid-cols-2">
        {tracks.map((t) => (
          <li key={t.slug}>
            <TrackCard track={t} headingLevel="h2" />
          </li>
        ))}
      </ul>
      <p className="text-sm">
        Not sure which one is yours? <IntentLink href="/quiz" className="font-medium ulink">Take the quiz</IntentLink>.
      </p>
    </div>
  )
}
