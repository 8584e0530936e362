import { IntentLink } from '@/components/intent-link'
import { MdxContent } from '@/components/mdx/mdx-content'
import type { ScenarioView } from '@/lib/types'
import { BulletList } from '@/components/section'
import { SourceNote } from '@/components/source-cite'

export function ScenarioPanel({ scenario }: { scenario: ScenarioView }) {
  return (
    <div className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-6">
      <div>
        <h3 className="text-lg font-semibold">{scenario.title}</h3>
        <p className="text-muted">{scenario.summary}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-[1fr_2fr_1fr]">
        <div className="rounded-lg bg-raised p-3">
          <h4 className="text-sm font-semibold">Goals</h4>
          <BulletList items={scenario.goals} className="mt-1 text-sm" />
        </div>
        <ol className="space-y-2" aria-label="Who does what, in order">
          {scenario.parts.map((p, i) => (
            <li key={p.slug} className="flex gap-3 rounded-lg border border-line p-3">
              <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-second-soft text-sm font-bold">{i + 1}</span>
              <div>
                <IntentLink href={`/roles/${p.slug}`} className="link font-semibold">{p.name}</IntentLink>
                <p className="text-sm">{p.contribution}</p>
              </div>
            </li>
          ))}
        </ol>
        <div className="rounded-lg bg-accent-soft p-3">
          <h4 className="text-sm font-semibold">Outcomes</h4>
          <BulletList items={scenario.outcomes} className="mt-1 text-sm" />
        </div>
      </div>
      <details className="rounded-lg border border-line p-3">
        <summary className="cursor-pointer font-medium">Read the whole scenario</summary>
        <MdxContent code={scenario.body} />
      </details>
      <SourceNote sources={scenario.sources} />
    </div>
  )
}
