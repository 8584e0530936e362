import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { notFound } from 'next/navigation'
import { PageIntro, Section } from '@/components/section'
import { LastReviewed } from '@/components/last-reviewed'
import { SourceList } from '@/components/source-cite'
import { LevelChip } from '@/components/level-chip'
import { NextSteps } from '@/components/next-steps'
import { MdxContent } from '@/components/mdx/mdx-content'
import { roleCategoryLabel } from '@/lib/browse/labels'
import { slugParamsSchema } from '@/lib/params'
import { levelName } from '@/lib/levels'
import { getScale } from '@/lib/queries/levels'
import { getTrack, listTracks } from '@/lib/queries/tracks'
import { comparePath, entryPath } from '@/lib/routes'

export const dynamicParams = false

export async function generateStaticParams() {
  return (await listTracks()).map((t) => ({ slug: t.slug }))
}

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const parsed = slugParamsSchema.safeParse(await params)
  return parsed.success ? getTrack(parsed.data.slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const track = await load(params)
  if (!track) return { title: 'Track not found' }
  const title = `${track.name} track`
  return { title, description: track.summary, openGraph: { title, description: track.summary, type: 'article' } }
}

const WEIGHT = ['', 'low', 'medium', 'high'] as const

export default async function TrackPage({ params }: Props) {
  const track = await load(params)
  if (!track) notFound()
  const scale = await getScale()
  return (
    <article className="space-y-8">
      <PageIntro eyebrow="Career track" title={track.name} lead={track.summary} />
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="audience-title" className="card">
          <h2 id="audience-title" className="font-semibold">Who it is for</h2>
          <p className="mt-1 text-muted">{track.audience}</p>
        </section>
        <section aria-labelledby="focus-title" className="card">
          <h2 id="focus-title" className="font-semibold">What it focuses on</h2>
          <p className="mt-1 text-muted">{track.focus}</p>
        </section>
      </div>

      <Section id="entries" title="Ways in" lead="Roles people commonly enter this track from.">
        <ol className="grid gap-3 md:grid-cols-2">
          {track.entries.map((e, i) => (
            <li key={e.slug} className="flex gap-3 card">
              <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent text-sm font-bold text-accent-ink">{i + 1}</span>
              <div>
                <IntentLink href={entryPath('roles', e.slug)} className="link font-semibold">{e.name}</IntentLink>
                <span aria-hidden="true"> → {track.name}</span>
                <p className="mt-1 text-sm text-muted">{e.note}</p>
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="roles" title="Roles on this track">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {track.roles.map((r) => (
            <li key={r.slug} className="card">
              <p className="text-xs text-muted">{roleCategoryLabel(r.category)}</p>
              <IntentLink href={entryPath('roles', r.slug)} className="link font-semibold">{r.name}</IntentLink>
              <p className="mt-1 text-sm text-muted">{r.summary}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="skills" title="Skills the track weighs" lead="Target level (0–4) and weight (1–3): the heavier the weight, the more it counts towards fitting the track. Both are the project’s editorial reading.">
        <div className="overflow-x-auto rounded-lg border border-line bg-surface" role="region" aria-label="Track skills table" tabIndex={0}>
          <table className="w-full text-sm">
            <caption className="sr-only">{track.name}: target level and weight per skill</caption>
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="px-3 py-2 font-medium">Skill</th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">Category</th>
                <th scope="col" className="px-3 py-2 font-medium">Target level</th>
                <th scope="col" className="px-3 py-2 font-medium">Weight</th>
              </tr>
            </thead>
            <tbody>
              {track.skills.map((s) => (
                <tr key={s.slug} className="border-b border-line last:border-0">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <IntentLink href={entryPath('skills', s.slug)} className="link">{s.name}</IntentLink>
                  </th>
                  <td className="hidden px-3 py-2 text-muted sm:table-cell">{s.categoryName}</td>
                  <td className="px-3 py-2"><LevelChip level={s.level} name={levelName(scale, s.level)} showName /></td>
                  <td className="px-3 py-2">
                    <span className="inline-flex items-center gap-2">
                      <span aria-hidden="true" className="tracking-tighter text-accent">{'●'.repeat(s.weight)}<span className="text-muted">{'○'.repeat(3 - s.weight)}</span></span>
                      <span className="tabular-nums">{s.weight}</span> <span className="text-muted">({WEIGHT[s.weight]})</span>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      {track.body ? (
        <div id="about" className="border-t border-line pt-2">
          <MdxContent code={track.body} />
        </div>
      ) : null}
      <SourceList sources={track.sources} />
      <LastReviewed date={track.reviewed} />
      <NextSteps
        steps={[
          { href: '/quiz', title: 'Check your fit', detail: 'Take the quiz and see which track and roles fit you.' },
          ...(track.roles[0] && track.roles[1]
            ? [{ href: comparePath(track.roles[0].slug, track.roles[1].slug), title: 'Compare its roles', detail: `${track.roles[0].name} next to ${track.roles[1].name}.` }]
            : []),
          ...(track.roles[0]
            ? [{ href: `/paths?to=${track.roles[0].slug}`, title: 'Plan a move', detail: `The cheapest routes into the track, to ${track.roles[0].name}.` }]
            : []),
        ]}
      />
    </article>
  )
}
