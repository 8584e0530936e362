import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { SourceCite } from '@/components/source-cite'
import { TrackCard } from '@/components/browse/track-card'
import { getPickerData } from '@/lib/queries/compare'
import { listKeyFigures, getCounts } from '@/lib/queries/home'
import { listTracks } from '@/lib/queries/tracks'
import { comparePath } from '@/lib/routes'

const description = 'Explore the careers that build and run ML and LLM systems: role profiles, a skills matrix, a track quiz, a skill matcher and role comparisons, drawn from public sources.'

export const metadata: Metadata = {
  title: { absolute: 'MLOps Atlas: careers that build and run ML and LLM systems' },
  description,
  openGraph: { title: 'MLOps Atlas', description },
}

const HOME_PAIRS = 4

// The card's title link stretches over the whole card; links inside the card sit above it.
const card = 'relative rounded-lg border border-line bg-surface p-5 hover:border-accent'
const stretched = 'link stretched-link'
const button = 'inline-flex items-center rounded-md px-4 py-2 font-semibold'

export default async function HomePage() {
  const [figures, tracks, picker, counts] = await Promise.all([listKeyFigures(), listTracks(), getPickerData(), getCounts()])
  const pairs = picker.suggestions.slice(0, HOME_PAIRS)
  return (
    <div className="space-y-14">
      <section aria-labelledby="hero-title" className="rounded-2xl bg-accent-soft px-5 py-10 sm:px-10">
        <h1 id="hero-title" className="max-w-3xl text-3xl font-bold tracking-tight text-balance sm:text-5xl">
          Find your way among the careers that build and run ML systems
        </h1>
        <p className="mt-4 max-w-2xl text-lg">
          {counts.roles} roles, {counts.skills} skills and {counts.tools} tools, from data scientist to AI platform engineer, each
          traced back to the {counts.sources} public documents it comes from.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <IntentLink href="/quiz" className={`${button} bg-accent text-accent-ink`}>Which track fits me? Take the quiz</IntentLink>
          <IntentLink href="/match" className={`${button} border border-ink/20 bg-surface`}>Match my skills to roles</IntentLink>
          <IntentLink href="/roles" className={`${button} border border-ink/20 bg-surface`}>Browse all roles</IntentLink>
        </div>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-xl font-semibold">Why these roles exist</h2>
        {/* Styled from the list's `figures` class (app/repeated-parts.css): value, label, detail, source. */}
        <ul className="figures">
          {figures.map((f) => (
            <li key={f.slug}>
              <p>{f.value}</p>
              <p>{f.label}</p>
              <p>{f.detail}</p>
              <p><SourceCite source={f.source} /></p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tracks-title">
        <h2 id="tracks-title" className="text-xl font-semibold">Two tracks into MLOps</h2>
        <p className="mt-1 max-w-3xl text-muted">One route starts from models and code, the other from infrastructure. Organisations need both.</p>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {tracks.map((t) => (
            <li key={t.slug}>
              <TrackCard track={t} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="explore-title">
        <h2 id="explore-title" className="text-xl font-semibold">Explore</h2>
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          <div className={card}>
            <h3 className="font-semibold"><IntentLink href="/skills" className={stretched}>Skills matrix</IntentLink></h3>
            <p className="mt-1 text-sm text-muted">A heat map of every role against {counts.skills} skills, levels 0–4, downloadable as CSV or JSON.</p>
          </div>
          <div className={card}>
            <h3 className="font-semibold"><IntentLink href="/lifecycle" className={stretched}>The ML lifecycle</IntentLink></h3>
            <p className="mt-1 text-sm text-muted">Maturity levels, the six phases with their tools and roles, team structures and the career ladder.</p>
          </div>
          <div className={card}>
            <h3 className="font-semibold"><IntentLink href="/compare" className={stretched}>Compare roles</IntentLink></h3>
            <p className="mt-1 text-sm text-muted">Two roles side by side. Popular pairs:</p>
            <ul className="relative mt-2 space-y-1 text-sm">
              {pairs.map(({ a, b }) => (
                <li key={`${a.slug}-${b.slug}`}>
                  <IntentLink href={comparePath(a.slug, b.slug)} className="link">{a.name} vs {b.name}</IntentLink>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  )
}
