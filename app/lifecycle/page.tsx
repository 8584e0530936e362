import type { Metadata } from 'next'
import { CareerLadder } from '@/components/browse/career-ladder'
import { MaturitySteps } from '@/components/browse/maturity-steps'
import { PhaseFlow } from '@/components/browse/phase-flow'
import { ScenarioPanel } from '@/components/browse/scenario-panel'
import { PageIntro, Section } from '@/components/section'
import { TopicCard, TopicChain } from '@/components/browse/topic-cards'
import { listLadder, listMaturityLevels, listPhases, listScenarios, listTopics } from '@/lib/queries/lifecycle'

const description = 'MLOps maturity levels, the six lifecycle phases with their tools and roles, the road from MLOps to agentic AI, team structures, buy vs. build, and the career ladder.'

export const metadata: Metadata = {
  title: 'The ML lifecycle',
  description,
  openGraph: { title: 'The ML lifecycle · MLOps Atlas', description },
}

const CONTENTS = [
  ['maturity', 'Maturity levels'],
  ['phases', 'Lifecycle phases'],
  ['evolution', 'MLOps → LLMOps → agentic'],
  ['teams', 'Team structures'],
  ['decision', 'Buy vs. build'],
  ['scenario', 'A worked scenario'],
  ['ladder', 'Career ladder'],
] as const

export default async function LifecyclePage() {
  const [maturity, phases, evolution, platform, teamStages, teamModels, decisions, scenarios, ladder] = await Promise.all([
    listMaturityLevels(), listPhases(), listTopics('evolution'), listTopics('platform-stage'), listTopics('team-stage'),
    listTopics('team-model'), listTopics('decision'), listScenarios(), listLadder(),
  ])
  return (
    <div className="space-y-14">
      <PageIntro eyebrow="Lifecycle" title="How ML gets to production, and who takes it there" lead={description} />
      <nav aria-label="On this page" className="flex flex-wrap gap-1.5 text-sm">
        {CONTENTS.map(([id, label]) => (
          <a key={id} href={`#${id}`} className="rounded-full border border-line bg-surface px-3 py-1 hover:border-accent">{label}</a>
        ))}
      </nav>
      <Section id="maturity" title="MLOps maturity levels" lead="From everything by hand to fully automated retraining: each level automates one more part of the path to production.">
        <MaturitySteps levels={maturity} />
      </Section>
      <Section id="phases" title="The six lifecycle phases" lead="What happens in each phase, with which tools, and which roles are active there.">
        <PhaseFlow phases={phases} />
      </Section>
      <Section id="evolution" title="From MLOps to LLMOps to agentic AI" lead="Each layer keeps everything the one before it needed and adds its own concerns.">
        <TopicChain topics={evolution} label="Operations layers, oldest first" stepLabel={(i) => `Layer ${i + 1}`} />
        <h3 className="mt-8 text-lg font-semibold">The AI platform engineer’s four stages</h3>
        <div className="mt-3">
          <TopicChain topics={platform} label="Platform stages in order" stepLabel={(i) => `Stage ${i + 1}`} />
        </div>
      </Section>
      <Section id="teams" title="Team structures" lead="How the people who run ML are organised changes as an organisation grows.">
        <TopicChain topics={teamStages} label="Team stages, smallest first" stepLabel={(i) => `Stage ${i + 1}`} />
        <h3 className="mt-8 text-lg font-semibold">End-to-end data scientist vs. cross-functional team</h3>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {teamModels.map((t) => <TopicCard key={t.slug} topic={t} />)}
        </div>
      </Section>
      <Section id="decision" title="Buy vs. build">
        <div className="grid gap-4">
          {decisions.map((t) => <TopicCard key={t.slug} topic={t} />)}
        </div>
      </Section>
      <Section id="scenario" title="A worked scenario" lead="How the roles fit together on one real-world product.">
        <div className="space-y-6">
          {scenarios.map((s) => <ScenarioPanel key={s.slug} scenario={s} />)}
        </div>
      </Section>
      <Section id="ladder" title="The ML engineering career ladder" lead="From junior to principal: the scope grows at every rung.">
        <CareerLadder levels={ladder} />
      </Section>
    </div>
  )
}
