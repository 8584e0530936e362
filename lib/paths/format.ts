import type { MoveBasis } from './types'

/** Move costs with at most two decimals ("2.25", "3"). */
export const formatCost = (x: number) => String(Math.round(x * 100) / 100)
/** A level as the page shows it: whole numbers as is, quiz levels to one decimal. */
export const formatLevel = (x: number) => String(Math.round(x * 10) / 10)

export const BASIS_LABEL: Record<MoveBasis, string> = {
  source: 'Named by a source',
  listed: 'Editorial: listed in the role profiles, no source names it',
  skills: 'Editorial: near in skills, no source names it',
}

export const routePath = (from: string, to: string, code?: string) =>
  `/paths?${new URLSearchParams({ from, to, ...(code ? { code } : {}) }).toString()}`
