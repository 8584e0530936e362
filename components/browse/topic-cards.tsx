import { MdxContent } from '@/components/mdx/mdx-content'
import { lifecycleAnchor } from '@/lib/routes'
import type { TopicView } from '@/lib/types'
import { BulletList } from '@/components/section'
import { SourceNote } from '@/components/source-cite'

export function TopicCard({ topic, step, showBody = true }: { topic: TopicView; step?: string; showBody?: boolean }) {
  return (
    <section aria-labelledby={lifecycleAnchor('topic', topic.slug)} className="flex h-full flex-col card">
      {step ? <p className="text-xs font-semibold uppercase tracking-wide text-accent">{step}</p> : null}
      <h3 id={lifecycleAnchor('topic', topic.slug)} className="text-lg font-semibold">{topic.title}</h3>
      <p className="mt-1 text-sm text-muted">{topic.summary}</p>
      {topic.sections.map((s) => (
        <div key={s.title} className="mt-3">
          <h4 className="text-sm font-semibold">{s.title}</h4>
          <BulletList items={s.items} className="mt-1 text-sm" />
        </div>
      ))}
      {showBody && topic.body ? <div className="mt-2 text-sm"><MdxContent code={topic.body} /></div> : null}
      <div className="mt-auto"><SourceNote sources={topic.sources} /></div>
    </section>
  )
}

/** Stages that build on each other, joined by arrows (down on phones, across on wide screens). */
export function TopicChain({ topics, label, stepLabel }: { topics: TopicView[]; label: string; stepLabel: (i: number) => string }) {
  return (
    <ol aria-label={label} className="grid gap-2" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 15rem), 1fr))' }}>
      {topics.map((t, i) => (
        <li key={t.slug} className="relative">
          <TopicCard topic={t} step={stepLabel(i)} showBody={false} />
        </li>
      ))}
    </ol>
  )
}
