// The components editors may use in MDX bodies, with their attributes: the content check enforces this list and
// components/mdx/mdx-content.tsx must render exactly these names (its type says so).
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const
export type CalloutType = (typeof CALLOUT_TYPES)[number]

export const MDX_COMPONENTS = {
  Callout: { required: [], optional: ['type', 'title'] },
  RoleLink: { required: ['slug'], optional: [] },
  SkillLink: { required: ['slug'], optional: [] },
  SkillBadge: { required: ['skill', 'level'], optional: [] },
} as const

export type MdxComponentName = keyof typeof MDX_COMPONENTS
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[]
