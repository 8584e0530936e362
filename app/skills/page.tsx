import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { LevelScale } from '@/components/browse/level-scale'
import { MatrixExplorer } from '@/components/browse/matrix-explorer'
import { PageIntro, Section } from '@/components/section'
import { groupBy } from '@/lib/browse/labels'
import { getMatrix } from '@/lib/queries/matrix'
import { getScale } from '@/lib/queries/levels'
import { listSkills } from '@/lib/queries/skills'
import { listTracks } from '@/lib/queries/tracks'

const description = 'A heat map of 44 skills across every MLOps and ML role, levels 0–4, with CSV and JSON downloads.'

export const metadata: Metadata = {
  title: 'Skills matrix',
  description,
  openGraph: { title: 'Skills matrix · MLOps Atlas', description },
}

export default async function SkillsPage() {
  const [matrix, levels, skills, tracks] = await Promise.all([getMatrix(), getScale(), listSkills(), listTracks()])
  return (
    <div className="space-y-10">
      <PageIntro
        eyebrow="Skills matrix"
        title="Which role needs which skill, and how much"
        lead={`${matrix.roles.length} roles × ${matrix.skills.length} skills in ${matrix.categories.length} categories. Stronger colour means a higher level; every cell also prints its number.`}
      >
        <p className="max-w-3xl rounded-md border-l-4 border-warn bg-warn-soft px-3 py-2 text-sm">
          <strong>Editorial reading.</strong> The sources describe skills in words (“basic Docker”, “advanced Kubernetes”). The 0–4
          levels are this project’s reading of those words, not numbers the sources state. A skill a role does not list counts as 0.
        </p>
        <p className="flex flex-wrap gap-2 pt-1 text-sm">
          <a href="/api/matrix?format=csv" download className="rounded-md bg-accent px-3 py-1.5 font-medium text-accent-ink">Download CSV</a>
          <a href="/api/matrix" className="rounded-md border border-line bg-surface px-3 py-1.5 font-medium">JSON</a>
        </p>
      </PageIntro>

      <Section id="scale" title="The 0–4 scale">
        <LevelScale levels={levels} />
      </Section>

      <Section id="matrix" title="The matrix" lead="Filter by skill category or track, sort skills by a role or roles by a skill. Names link to their pages.">
        <nav aria-label="Jump to a skill category" className="mb-3 flex flex-wrap gap-1.5 text-sm">
          {matrix.categories.map((c) => (
            <a key={c.slug} href={`#cat-${c.slug}`} className="rounded-full border border-line bg-surface px-2.5 py-0.5 hover:border-accent">{c.name}</a>
          ))}
        </nav>
        <MatrixExplorer matrix={matrix} tracks={tracks.map((t) => ({ slug: t.slug, name: t.name }))} scale={levels} />
      </Section>

      <Section id="all-skills" title="All skills">
        <div className="grid gap-6 md:grid-cols-2">
          {groupBy(skills, (s) => s.categoryName).map((g) => (
            <section key={g.key} aria-label={g.key}>
              <h3 className="kicker">{g.key}</h3>
              <ul className="mt-2 space-y-2">
                {g.items.map((s) => (
                  <li key={s.slug}>
                    <IntentLink href={`/skills/${s.slug}`} className="link font-medium">{s.name}</IntentLink>
                    <p className="text-sm text-muted">{s.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </Section>
    </div>
  )
}
