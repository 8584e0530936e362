import fs from 'node:fs'
import path from 'node:path'
import { HTML_BUDGET_KB, HTML_TARGET_KB, JS_ABOVE_BARE_KB, JS_ABOVE_BARE_KB_FOR } from '@/bench/budgets'
import { median } from '../bench/headline'
import type { PageAudit } from './lighthouse'
import type { PageWeight } from './page-weight'

/** What a run keeps of one Lighthouse audit. */
export type RunAudit = Pick<PageAudit, 'url' | 'scores' | 'metrics' | 'tbtMs'>

/** One `npm run audit`: Lighthouse runs of every page and of the bare page it was paired with, and the weights. */
export type AuditRun = {
  date: string
  label: string
  rounds: number
  runs: Record<string, { page: RunAudit[]; bare: RunAudit[] }>
  weights: PageWeight[]
  bare: { jsKb: number; nonRootKb: number }
}

export const runFile = (label: string) => path.join('bench', `audit-${label}.json`)

export function readRun(label: string): AuditRun | null {
  const file = runFile(label)
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as AuditRun) : null
}

const med = (audits: RunAudit[], pick: (a: RunAudit) => number) => median(audits.map(pick))

/**
 * The median over rounds of the page's TBT over the bare page's in the same round (as the benchmark's ratios):
 * each pair ran back to back, so a busy minute on a shared machine lands on both sides of one ratio.
 */
export function tbtRatio(run: AuditRun, page: string): number {
  const r = run.runs[page]!
  return median(r.page.map((a, i) => a.tbtMs / Math.max(1, r.bare[i]?.tbtMs ?? a.tbtMs)))
}

const pair = (before: string | undefined, after: string | undefined) => (before === undefined ? (after ?? '') : `${before} → ${after ?? ''}`)

function lighthouseTable(after: AuditRun, before: AuditRun | null): string {
  const rows = Object.keys(after.runs).map((page) => {
    const cell = (run: AuditRun | null, of: 'page' | 'bare', pick: (x: RunAudit) => number) => {
      const r = run?.runs[page]
      return r ? String(Math.round(med(r[of], pick))) : undefined
    }
    const both = (of: 'page' | 'bare', pick: (x: RunAudit) => number) => pair(cell(before, of, pick), cell(after, of, pick))
    const ratio = (run: AuditRun | null) => (run?.runs[page] ? `${tbtRatio(run, page).toFixed(2)}×` : undefined)
    const ofMedians = (run: AuditRun | null) => {
      const r = run?.runs[page]
      return r ? `${(med(r.page, (x) => x.tbtMs) / Math.max(1, med(r.bare, (x) => x.tbtMs))).toFixed(2)}×` : undefined
    }
    const tbt = (x: RunAudit) => x.tbtMs
    const perf = (x: RunAudit) => x.scores.performance
    const a11y = Math.min(...after.runs[page]!.page.map((x) => x.scores.accessibility))
    return `| ${page} | ${pair(ratio(before), ratio(after))} | ${pair(ofMedians(before), ofMedians(after))} | ${both('page', tbt)} | ${both('bare', tbt)} | ${both('page', perf)} | ${both('bare', perf)} | ${a11y} |`
  })
  return [
    `| page | TBT ÷ bare page (median of paired rounds) | median TBT ÷ median bare TBT | TBT ms, page | TBT ms, bare | performance, page | performance, bare | accessibility (lowest) |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|`,
    ...rows,
  ].join('\n')
}

function weightTable(after: AuditRun, before: AuditRun | null): string {
  const rows = after.weights.map((w) => {
    const b = before?.weights.find((x) => x.path === w.path)
    return `| ${w.path} | ${pair(b && `${b.htmlKb}`, `${w.htmlKb}`)} | ${pair(b && `${b.gzipKb}`, `${w.gzipKb}`)} | ${pair(b && `${Math.round((b.gzipKb - before!.bare.jsKb) * 10) / 10}`, `${Math.round((w.gzipKb - after.bare.jsKb) * 10) / 10}`)} | ${pair(b && `${b.aboveBareKb}`, `${w.aboveBareKb}`)} |`
  })
  return [
    `| page | HTML KB (uncompressed, payload included) | first-load JS KB (gzip) | above the real bare page | above bare, in-build measure |`,
    `|---|---:|---:|---:|---:|`,
    ...rows,
  ].join('\n')
}

function budgetLine(): string {
  const pages = (Object.keys(HTML_BUDGET_KB) as Array<keyof typeof HTML_BUDGET_KB>).map((k) =>
    HTML_BUDGET_KB[k] === HTML_TARGET_KB[k] ? `${k} ≤ ${HTML_BUDGET_KB[k]}` : `${k} ≤ ${HTML_BUDGET_KB[k]} (target ${HTML_TARGET_KB[k]})`,
  )
  return `HTML budgets (KB, the heaviest page of each kind): ${pages.join(', ')}; JavaScript: any page ≤ ${JS_ABOVE_BARE_KB} KB above bare${Object.entries(JS_ABOVE_BARE_KB_FOR).map(([p, kb]) => `, ${p} ≤ ${kb} KB`).join('')}.`
}

export function toMarkdown(after: AuditRun, before: AuditRun | null): string {
  const when = (run: AuditRun) => `${run.date} (${run.label}, ${run.rounds} rounds)`
  return [
    `# Audit results`,
    ``,
    before ? `Before: ${when(before)}. After: ${when(after)}. Cells read before → after.` : `${when(after)}.`,
    ``,
    `Lighthouse 12, mobile (default config: emulated phone, simulated slow 4G, 4× CPU slowdown). Each page and a bare`,
    `Next.js page (same versions, no client code, built by the audit) are run alternately; medians of the rounds.`,
    `**Absolute scores and milliseconds depend on this machine and its load** (a bare page scores 62–90 on a busy`,
    `2-core VM); the ratio to the bare page measured in the same minutes is the figure to read. Target: ≤ 1.5×.`,
    ``,
    lighthouseTable(after, before),
    ``,
    `## Page weight`,
    ``,
    `The bare page loads ${after.bare.jsKb} KB of JavaScript (gzip); ${after.bare.nonRootKb} KB of it beyond the root main files.`,
    `"In-build measure" is what \`tests/e2e/budgets.spec.ts\` checks (bench/budgets.ts); "above the real bare page" is the`,
    `same page against the bare build. ${budgetLine()}`,
    ``,
    weightTable(after, before),
    ``,
  ].join('\n')
}
