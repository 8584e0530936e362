import { getMDXComponent } from 'mdx-bundler/client'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { LevelChip } from '@/components/level-chip'
import { getNameIndex } from '@/lib/queries/roles'
import { Callout } from './callout'

// Renders a body the seed compiled; the components here are the only ones editors may use.
export async function MdxContent({ code }: { code: string }) {
  if (!code) return null
  const names = await getNameIndex()
  const Body = getMDXComponent(code)
  const components = {
    Callout,
    RoleLink: ({ slug, children }: { slug: string; children?: ReactNode }) => (
      <Link href={`/roles/${slug}`}>{children ?? names.roles[slug] ?? slug}</Link>
    ),
    SkillLink: ({ slug, children }: { slug: string; children?: ReactNode }) => (
      <Link href={`/skills/${slug}`}>{children ?? names.skills[slug] ?? slug}</Link>
    ),
    SkillBadge: ({ skill, level }: { skill: string; level: number }) => (
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <Link href={`/skills/${skill}`}>{names.skills[skill] ?? skill}</Link> <LevelChip level={level} />
      </span>
    ),
  }
  return (
    <div className="prose-atlas max-w-3xl">
      <Body components={components} />
    </div>
  )
}
