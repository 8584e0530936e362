import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { BARE_NON_ROOT_JS_KB, JS_ROUTES } from '@/bench/budgets'
import { startNext } from '../bench/server'
import { buildApp, prepareStore } from '../lib/prepare'
import { toolEnv } from '../lib/run'
import { buildBareApp } from './bare-app'
import { launchChromium } from './chromium'
import { firstLoadJs, frameworkJsKb } from './first-load-js'
import { auditPage } from './lighthouse'
import { pageWeight } from './page-weight'
import { readRun, runFile, tbtRatio, toMarkdown, type AuditRun, type RunAudit } from './report'

// `npm run audit`: Lighthouse (mobile) on five pages, each alternating with a bare Next.js page built next to the
// app, and every kind of page's weight. AUDIT_LABEL=before records a baseline (bench/audit-before.json) that
// later runs print beside their own; AUDIT_ROUNDS shortens it; SKIP_BUILD=1 audits the build that is there.
const AUDIT_MD = path.join('bench', 'audit.md')
// Measurements of single changes, written by hand below this heading, survive each regeneration of the file.
const KEPT = '\n## Measured by hand\n'
const keptNotes = () => {
  const text = fs.existsSync(AUDIT_MD) ? fs.readFileSync(AUDIT_MD, 'utf8') : ''
  return text.includes(KEPT) ? text.slice(text.indexOf(KEPT)) : ''
}

// Writes bench/audit-<label>.json and bench/audit.md (keeping its hand-written notes); exits 1 when a page blocks more than 1.5× the bare page.
const env = z
  .object({
    AUDIT_ROUNDS: z.coerce.number().int().min(1).default(5),
    AUDIT_LABEL: z.enum(['before', 'after']).default('after'),
    NEXT_DIST_DIR: z.string().default('.next'),
    SKIP_BUILD: z.string().optional(),
  })
  .parse(process.env)
const AUDITED = ['/', '/roles/mlops-engineer', '/compare/data-scientist/ml-engineer', '/skills', '/quiz']
const TBT_RATIO_TARGET = 1.5

prepareStore()
if (!env.SKIP_BUILD) buildApp({ force: false })
const bareDir = buildBareApp()
const bareDist = path.join(bareDir, '.next')
const app = await startNext(toolEnv)
const bare = await startNext(toolEnv, { dir: bareDir, probe: '/' })
const browser = await launchChromium()
try {
  const bareJs = await firstLoadJs(bare.origin, '/', bareDist)
  const bareNonRootKb = Math.round((bareJs.gzipKb - frameworkJsKb(bareDist)) * 10) / 10
  const weights = []
  for (const route of JS_ROUTES) weights.push(await pageWeight(app.origin, route, env.NEXT_DIST_DIR))
  const runs: AuditRun['runs'] = Object.fromEntries(AUDITED.map((p) => [p, { page: [] as RunAudit[], bare: [] as RunAudit[] }]))
  for (let round = 0; round < env.AUDIT_ROUNDS; round++) {
    for (const page of AUDITED) {
      // Alternate which goes first, so a slow minute lands on both sides.
      const sides = round % 2 ? (['bare', 'page'] as const) : (['page', 'bare'] as const)
      for (const side of sides) {
        const url = side === 'page' ? app.origin + page : `${bare.origin}/`
        const audit = await auditPage(url, browser.port)
        runs[page]![side].push({ url: side === 'page' ? page : '/ (bare)', scores: audit.scores, metrics: audit.metrics, tbtMs: audit.tbtMs })
        console.log(`round ${round + 1}/${env.AUDIT_ROUNDS} ${side} ${page}: performance ${audit.scores.performance}, TBT ${audit.tbtMs} ms`)
      }
    }
  }
  const run: AuditRun = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    label: env.AUDIT_LABEL,
    rounds: env.AUDIT_ROUNDS,
    runs,
    weights,
    bare: { jsKb: bareJs.gzipKb, nonRootKb: bareNonRootKb },
  }
  fs.writeFileSync(runFile(env.AUDIT_LABEL), `${JSON.stringify(run, null, 1)}\n`)
  const markdown = toMarkdown(run, env.AUDIT_LABEL === 'before' ? null : readRun('before'))
  fs.writeFileSync(AUDIT_MD, markdown + keptNotes())
  console.log(`\n${markdown}`)
  const problems = [
    ...AUDITED.filter((p) => tbtRatio(run, p) > TBT_RATIO_TARGET).map((p) => `${p} blocks ${tbtRatio(run, p).toFixed(2)}× the bare page`),
    ...(Math.abs(bareNonRootKb - BARE_NON_ROOT_JS_KB) > 0.5 ? [`the bare page's non-root JavaScript is ${bareNonRootKb} KB; bench/budgets.ts says ${BARE_NON_ROOT_JS_KB}`] : []),
  ]
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) process.exitCode = 1
} finally {
  await browser.close()
  await Promise.all([app.stop(), bare.stop()])
}
