import type { Metadata } from 'next'
import { IntentLink } from '@/components/intent-link'
import { notFound } from 'next/navigation'
import { ComparePicker } from '@/components/browse/compare-picker'
import { RoleAside } from '@/components/browse/role-aside'
import { RoleDimensionsTable } from '@/components/browse/role-dimensions'
import { RolePaths } from '@/components/browse/role-paths'
import { MovesFromHere } from '@/components/paths/moves-from-here'
import { RoleSkillList } from '@/components/browse/role-skill-list'
import { BulletList, PageIntro, Pill, Section } from '@/components/section'
import { LastReviewed } from '@/components/last-reviewed'
import { SourceList } from '@/components/source-cite'
import { ToolGroups } from '@/components/browse/tool-groups'
import { CategoryChart } from '@/components/charts/category-chart'
import { MdxContent } from '@/components/mdx/mdx-content'
import { NextSteps } from '@/components/next-steps'
import { PayOutlook } from '@/components/pay/pay-outlook'
import { YouAndRole } from '@/components/profile/you-and-role'
import { getContentVersion } from '@/lib/queries/content-version'
import { roleCategoryLabel } from '@/lib/browse/labels'
import { slugParamsSchema } from '@/lib/params'
import { getMatrix } from '@/lib/queries/matrix'
import { getRole, listRoleSlugs, listRoles } from '@/lib/queries/roles'
import { categoryScores } from '@/lib/category-scores'
import { topLevel } from '@/lib/levels'
import { getScale } from '@/lib/queries/levels'
import { comparePath, entryPath, lifecyclePath } from '@/lib/routes'

export const dynamicParams = false

export async function generateStaticParams() {
  return (await listRoleSlugs()).map((slug) => ({ slug }))
}

type Props = { params: Promise<{ slug: string }> }

async function load(params: Props['params']) {
  const parsed = slugParamsSchema.safeParse(await params)
  return parsed.success ? getRole(parsed.data.slug) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await load(params)
  if (!role) return { title: 'Role not found' }
  const title = `${role.name}: skills, tools and career paths`
  return { title, description: role.summary, openGraph: { title, description: role.summary, type: 'article' } }
}

export default async function RolePage({ params }: Props) {
  const role = await load(params)
  if (!role) notFound()
  const [matrix, allRoles, scale, version] = await Promise.all([getMatrix(), listRoles(), getScale(), getContentVersion()])
  const vector = Object.fromEntries(role.skills.map((s) => [s.slug, s.level]))
  const profile = categoryScores(vector, matrix.skills, matrix.categories)
  const others = allRoles.filter((r) => r.slug !== role.slug).map((r) => ({ slug: r.slug, name: r.name }))
  const suggested = role.related.slice(0, 3).map((r) => ({ slug: r.slug, name: r.name }))

  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <IntentLink href="/roles" className="underline-offset-2 hover:underline">Roles</IntentLink> <span aria-hidden="true">/</span> {role.name}
      </nav>
      <PageIntro title={role.name} lead={role.summary}>
        <PayOutlook pay={role} roleName={role.name} />
        <YouAndRole role={role.slug} version={version} />
        <div className="flex flex-wrap gap-2 pt-1">
          {role.track ? (
            <IntentLink href={entryPath('tracks', role.track.slug)} className="rounded-full">
              <Pill tone="accent">Track: {role.track.name}</Pill>
            </IntentLink>
          ) : (
            <Pill>Not on a track</Pill>
          )}
          <Pill tone="second">{roleCategoryLabel(role.category)}</Pill>
          {role.aliases.map((a) => (
            <Pill key={a}>Also: {a}</Pill>
          ))}
        </div>
        <p className="max-w-3xl border-l-4 border-accent pl-3"><span className="font-semibold">Focus:</span> {role.focus}</p>
      </PageIntro>

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-10">
          <Section id="responsibilities" title="What the role does">
            <BulletList items={role.responsibilities} />
          </Section>
          <Section id="profile" title="Skill profile by category" lead="Each value is the mean of the role’s three strongest skills in the category, on the skill scale.">
            <CategoryChart
              rows={profile}
              series={[{ key: 'role', name: role.name, color: 'accent', values: profile.map((p) => p.value) }]}
              caption={`${role.name}: level by skill category, 0 to ${topLevel(scale)}`}
              top={topLevel(scale)}
            />
          </Section>
          <Section id="skills" title="Rated skills" lead={<>Levels 0–4 are the project’s editorial reading of the sources; see <IntentLink href="/skills" className="text-accent underline">the scale</IntentLink>.</>}>
            <RoleSkillList skills={role.skills} />
          </Section>
          <Section id="tools" title="Tools">
            <ToolGroups tools={role.tools} />
          </Section>
          <Section id="dimensions" title="How the role compares">
            <RoleDimensionsTable dimensions={role.dimensions} />
          </Section>
          {role.phases.length > 0 ? (
            <Section id="phases" title="Active in these lifecycle phases">
              <ol className="phase-links">
                {role.phases.map((p) => (
                  <li key={p.slug}>
                    <a href={lifecyclePath('phase', p.slug)}>
                      <b>{p.order}.</b> {p.name}
                    </a>
                  </li>
                ))}
              </ol>
            </Section>
          ) : null}
          <Section id="paths" title="Career paths">
            <RolePaths name={role.name} pathsIn={role.pathsIn} pathsOut={role.pathsOut} />
          </Section>
          <Section id="moves" title="Moves from here" lead={<>Costs are the effort to raise this role’s levels to what the next one needs; see <IntentLink href="/paths" className="text-accent underline">career moves</IntentLink>.</>}>
            <MovesFromHere slug={role.slug} name={role.name} />
          </Section>
          {/* The body brings its own second-level headings. */}
          {role.body ? (
            <div id="about" className="border-t border-line pt-2">
              <MdxContent code={role.body} />
            </div>
          ) : null}
          {role.related.length > 0 ? (
            <Section id="related" title="Related roles">
              <ul className="cards">
                {role.related.map((r) => (
                  <li key={r.slug}>
                    <a href={entryPath('roles', r.slug)}>{r.name}</a>
                    <p>{r.summary}</p>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
        <aside aria-label="Role facts" className="space-y-4">
          <RoleAside role={role} />
          <SourceList sources={role.sources} />
          <LastReviewed date={role.reviewed} />
          {/* The picker follows the reader down a long page on a wide screen, so the column is never empty. */}
          <section aria-labelledby="compare-title" className="card lg:sticky lg:top-4">
            <h2 id="compare-title" className="text-base font-semibold">Compare with…</h2>
            <div className="mt-2">
              <ComparePicker role={{ slug: role.slug, name: role.name }} others={others} suggested={suggested} />
            </div>
          </section>
        </aside>
      </div>
      <NextSteps
        steps={[
          { href: '/quiz', title: 'Check your fit', detail: `Take the quiz and see how close you are to ${role.name}.` },
          {
            href: role.related[0] ? comparePath(role.slug, role.related[0].slug) : '/compare',
            title: 'Compare it',
            detail: role.related[0] ? `${role.name} next to ${role.related[0].name}, skill by skill.` : `${role.name} next to any other role.`,
          },
          { href: `/paths?to=${role.slug}`, title: 'Plan a move', detail: `The cheapest routes to ${role.name} from where you are.` },
        ]}
      />
    </article>
  )
}
