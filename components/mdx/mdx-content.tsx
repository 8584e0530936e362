import { getMDXComponent } from 'mdx-bundler/client'
import { IntentLink } from '@/components/intent-link'
import type { ReactNode } from 'react'
import { LevelChip } from '@/components/level-chip'
import type { MdxComponentName } from '@/lib/content/mdx-components'
import { levelName } from '@/lib/levels'
import { getScale } from '@/lib/queries/levels'
import { getNameIndex } from '@/lib/queries/roles'
import { Callout } from './callout'

// Renders a body the seed compiled, with exactly the components the content check lets editors use.
export async function MdxContent({ code }: { code: string }) {
  if (!code) return null
  const [names, scale] = await Promise.all([getNameIndex(), getScale()])
  const Body = getMDXComponent(code)
  const components = {
    Callout,
    RoleLink: ({ slug, children }: { slug: string; children?: ReactNode }) => (
      <IntentLink href={`/roles/${slug}`}>{children ?? names.roles[slug] ?? slug}</IntentLink>
    ),
    SkillLink: ({ slug, children }: { slug: string; children?: ReactNode }) => (
      <IntentLink href={`/skills/${slug}`}>{children ?? names.skills[slug] ?? slug}</IntentLink>
    ),
    SkillBadge: ({ skill, level }: { skill: string; level: number }) => (
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <IntentLink href={`/skills/${skill}`}>{names.skills[skill] ?? skill}</IntentLink> <LevelChip level={level} name={levelName(scale, level)} />
      </span>
    ),
  } satisfies Record<MdxComponentName, unknown>
  return (
    <div className="prose-atlas max-w-3xl">
      <Body components={components} />
    </div>
  )
}
