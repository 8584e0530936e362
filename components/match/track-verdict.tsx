import Link from 'next/link'
import type { TargetFit } from '@/lib/scoring/types'
import { FitBar } from './fit-bar'

export function TrackVerdict({ tracks }: { tracks: TargetFit[] }) {
  const [best, next] = tracks
  if (!best) return null
  const close = next !== undefined && best.score - next.score < 5
  return (
    <section aria-labelledby="track-title" className="rounded-lg border border-line bg-surface p-4 sm:p-5">
      <h2 id="track-title" className="text-xl font-semibold tracking-tight">Your track</h2>
      <p className="mt-1 text-muted">
        {best.score === 0
          ? 'Nothing you answered matches either track yet.'
          : best.score < 25
            ? `Neither track fits you strongly yet; ${best.name} is the closer one.`
            : close
            ? `A close call: both tracks fit you about as well, with ${best.name} just ahead.`
            : `${best.name} fits you best.`}
      </p>
      <ol className="mt-3 space-y-3">
        {tracks.map((t, i) => (
          <li key={t.slug} className="grid gap-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
            <Link href={`/tracks/${t.slug}`} className={`font-semibold underline-offset-2 hover:underline ${i === 0 ? 'text-accent' : 'text-ink'}`}>
              {i + 1}. {t.name}
            </Link>
            <FitBar score={t.score} tone={i === 0 ? 'accent' : 'second'} />
          </li>
        ))}
      </ol>
    </section>
  )
}
