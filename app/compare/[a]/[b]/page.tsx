import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { notFound } from 'next/navigation'
import { CategoryChart } from '@/components/charts/category-chart'
import { CompareHeader } from '@/components/compare/compare-header'
import { DifferencesTable } from '@/components/compare/differences-table'
import { Dimensions } from '@/components/compare/dimensions'
import { SignedDelta } from '@/components/compare/signed-delta'
import { Moving } from '@/components/compare/moving'
import { RoleFacts } from '@/components/compare/role-facts'
import { RolePicker } from '@/components/compare/role-picker'
import { PayCompare } from '@/components/pay/pay-compare'
import { YouInComparison } from '@/components/profile/you-in-comparison'
import { getContentVersion } from '@/lib/queries/content-version'
import { Section } from '@/components/section'
import { SkillSplit } from '@/components/compare/skill-split'
import { ToolsSplit } from '@/components/compare/tools-split'
import { orderedPairs } from '@/lib/compare/suggestions'
import { shortSummary } from '@/lib/compare/summary'
import { pairParamsSchema } from '@/lib/params'
import { topLevel } from '@/lib/levels'
import { getComparison, getPickerData } from '@/lib/queries/compare'
import { getScale } from '@/lib/queries/levels'
import { getRole, listRoleSlugs } from '@/lib/queries/roles'

// Every ordered pair is prerendered and nothing else is rendered here: proxy.ts answers any other pair (the same
// role twice, an unknown slug) with the prerendered 404 page, which helps pick another role and is never cached.
export const dynamicParams = false

export async function generateStaticParams() {
  return orderedPairs(await listRoleSlugs())
}

type Props = { params: Promise<{ a: string; b: string }> }

async function load(params: Props['params']) {
  const parsed = pairParamsSchema.safeParse(await params)
  return parsed.success ? getComparison(parsed.data.a, parsed.data.b) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await load(params)
  if (!comparison) return { title: 'Comparison not found', robots: { index: false } }
  const title = `${comparison.a.name} vs ${comparison.b.name}`
  const description = shortSummary(comparison.summary)
  return { title, description, openGraph: { title, description }, alternates: { canonical: `/compare/${comparison.a.slug}/${comparison.b.slug}` } }
}

export default async function ComparisonPage({ params }: Props) {
  const comparison = await load(params)
  if (!comparison) notFound()
  const [roleA, roleB, picker, scale, version] = await Promise.all([
    getRole(comparison.a.slug), getRole(comparison.b.slug), getPickerData(), getScale(), getContentVersion(),
  ])
  if (!roleA || !roleB) notFound()
  const { a, b } = comparison
  return (
    <article className="space-y-10">
      <CompareHeader comparison={comparison}>
        <PayCompare a={roleA} b={roleB} />
      </CompareHeader>
      <Section id="profile" title="Skill profile by area" lead="Both roles' levels by category, with the same numbers in the table.">
        <CategoryChart
          rows={comparison.categories}
          series={[
            { key: 'a', name: a.name, color: 'accent', values: comparison.categories.map((c) => c.a) },
            { key: 'b', name: b.name, color: 'second', values: comparison.categories.map((c) => c.b) },
          ]}
          caption={`Mean of the three highest skill levels in each category, 0–${topLevel(scale)}`}
          top={topLevel(scale)}
          extra={{
            header: (
              <>
                <span aria-hidden="true" className="sm:hidden">±</span>
                <span className="max-sm:sr-only">Difference</span>
              </>
            ),
            cell: (i) => <SignedDelta delta={comparison.categories[i]?.delta ?? 0} a={a.name} b={b.name} decimals={1} />,
          }}
        />
      </Section>
      <YouInComparison a={a.slug} b={b.slug} version={version} />
      <Section id="dimensions" title="How the roles differ in kind" lead="Primary work, core skill, output, depth and demand, with the basis of each profile.">
        <Dimensions comparison={comparison} />
      </Section>
      <Section id="differences" title="Level differences" lead="Every skill either role has, largest difference first.">
        <DifferencesTable a={a.name} b={b.name} rows={comparison.deltas.map((d) => ({ name: d.name, category: d.categoryName, a: d.a, b: d.b }))} />
      </Section>
      <Section id="skills" title="Skills: shared and distinct" lead="A skill counts for a role from level 1 (basic) up; the levels are in the table above.">
        <SkillSplit a={a.name} b={b.name} split={comparison.split} />
      </Section>
      <Section id="moving" title={`Moving from ${a.name} to ${b.name}`} lead="Skills to gain or raise, largest step first, with tools that exercise them.">
        <Moving comparison={comparison} />
      </Section>
      <Section id="tools" title="Tools" lead="Tools named in each role profile.">
        <ToolsSplit a={a.name} b={b.name} tools={comparison.tools} />
      </Section>
      <Section id="facts" title="Responsibilities and experience">
        <RoleFacts a={roleA} b={roleB} />
      </Section>
      <Section id="other" title="Compare other roles">
        <RolePicker roles={picker.roles} selected={{ a: a.slug, b: b.slug }} headingLevel="h3" />
      </Section>
      <p className="text-sm">
        <IntentLink href="/compare" className="ulink">All comparisons</IntentLink>
      </p>
    </article>
  )
}
