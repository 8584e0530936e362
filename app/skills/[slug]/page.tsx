import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { notFound } from 'next/navigation'
import { PageIntro, Pill, Section } from '@/components/section'
import { LastReviewed } from '@/components/last-reviewed'
import { SourceList } from '@/components/source-cite'
import { MdxContent } from '@/components/mdx/mdx-content'
import { slugParamsSchema } from '@/lib/params'
import { getSkill, getSkillRubric, listSkillSlugs } from '@/lib/queries/skills'
import { SkillRubricList } from './skill-rubric'
import { SkillTools } from './skill-tools'

export const dynamicParams = false

export async function generateStaticParams() {
  return (await listSkillSlugs()).map((slug) => ({ slug }))
}

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const parsed = slugParamsSchema.safeParse(await params)
  return parsed.success ? getSkill(parsed.data.slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const skill = await load(params)
  if (!skill) return { title: 'Skill not found' }
  const title = `${skill.name}: which roles need it`
  return { title, description: skill.description, openGraph: { title, description: skill.description, type: 'article' } }
}

export default async function SkillPage({ params }: Props) {
  const skill = await load(params)
  if (!skill) notFound()
  const rubric = await getSkillRubric(skill.slug)
  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <IntentLink href="/skills" className="underline-offset-2 hover:underline">Skills matrix</IntentLink> <span aria-hidden="true">/</span> {skill.name}
      </nav>
      <PageIntro title={skill.name} lead={skill.description}>
        <div className="flex flex-wrap gap-2 pt-1">
          <IntentLink href={`/skills#cat-${skill.category}`}><Pill tone="second">{skill.categoryName}</Pill></IntentLink>
          <Pill>{skill.roles.length} roles need it</Pill>
        </div>
      </PageIntro>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-10">
          {rubric ? (
            <Section
              id="roles"
              title="Roles that need it, level by level"
              lead="What each level of the scale looks like, and the roles that need this skill at that level. Levels are the project’s editorial reading of the sources."
            >
              <SkillRubricList rubric={rubric} skill={skill.name} />
            </Section>
          ) : null}
          {skill.body ? (
            <Section id="about" title="About this skill">
              <MdxContent code={skill.body} />
            </Section>
          ) : null}
        </div>
        <Section id="tools" title="Tools that exercise it">
          <SkillTools tools={skill.tools} />
        </Section>
      </div>
      <SourceList sources={skill.sources} />
      <LastReviewed date={skill.reviewed} />
    </article>
  )
}
