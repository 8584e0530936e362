import { ROLE_CATEGORIES, TOOL_PURPOSES } from '@/lib/content/enums'
import type { Tier } from '@/lib/scoring/types'

export type RoleCategory = (typeof ROLE_CATEGORIES)[number]
export type ToolPurpose = (typeof TOOL_PURPOSES)[number]

export const ROLE_CATEGORY_LABELS: Record<RoleCategory, string> = {
  data: 'Data',
  'ml-engineering': 'ML engineering',
  operations: 'Operations',
  platform: 'Platform',
  specialist: 'Specialist',
  leadership: 'Leadership',
  origin: 'Where people come from',
}

export const TOOL_PURPOSE_LABELS: Record<ToolPurpose, string> = {
  'data-processing': 'Data processing',
  'data-storage': 'Data storage',
  'analysis-notebooks': 'Analysis & notebooks',
  'ml-frameworks': 'ML frameworks',
  'llm-frameworks': 'LLM frameworks',
  'vector-databases': 'Vector databases',
  'containers-orchestration': 'Containers & orchestration',
  'infrastructure-as-code': 'Infrastructure as code',
  'cloud-platforms': 'Cloud ML platforms',
  'pipeline-orchestration': 'Pipeline orchestration',
  'experiment-tracking': 'Experiment tracking',
  'feature-stores': 'Feature stores',
  'model-serving': 'Model serving',
  'monitoring-observability': 'Monitoring & observability',
  'llm-evaluation': 'LLM evaluation',
  'ci-cd': 'CI/CD',
  'distributed-training': 'Distributed training',
}

export function roleCategoryLabel(category: string): string {
  return (ROLE_CATEGORY_LABELS as Record<string, string>)[category] ?? category
}

export function toolPurposeLabel(purpose: string): string {
  return (TOOL_PURPOSE_LABELS as Record<string, string>)[purpose] ?? purpose
}

/** Groups items by a key, keeping first-seen key order and item order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Array<{ key: string; items: T[] }> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }))
}

/** Tools in the purpose order the schema defines, so every role page lists groups the same way. */
export function groupToolsByPurpose<T extends { purpose: string }>(tools: T[]): Array<{ key: string; items: T[] }> {
  const order = new Map<string, number>(TOOL_PURPOSES.map((p, i) => [p, i]))
  return groupBy(tools, (t) => t.purpose).sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99))
}

/** Tracks share names with roles ("MLOps Practitioner"), so a track is always named as one: "Track 1 · MLOps Practitioner". */
export function trackLabel(track: { order: number; name: string }): string {
  return `Track ${track.order} · ${track.name}`
}

/** The role ranking's tiers (lib/scoring/tiers.ts), as headings. */
export const TIER_LABELS: Record<Tier, string> = {
  'fit-now': 'Fit now',
  'within-reach': 'Within reach',
  'further-away': 'Further away',
}
