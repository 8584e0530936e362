import fs from 'node:fs'
import path from 'node:path'
import { buildApp, prepareStore } from '../lib/prepare'
import { toolEnv } from '../lib/run'
import { startNext } from '../bench/server'
import { launchChromium } from './chromium'
import { firstLoadJs, type RouteJs } from './first-load-js'
import { auditPage, CATEGORIES, TARGETS, type PageAudit } from './lighthouse'

// `npm run audit`: Lighthouse (mobile) on the production build, plus each route's first-load JavaScript.
// Writes bench/audit.md; exits 1 when a score or the role page's JavaScript budget misses its target.
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const ROLE = 'mlops-engineer'
const PAIR = 'ml-engineer/mlops-engineer'
const track = fs.readdirSync(path.join('content', 'tracks')).find((f) => f.endsWith('.mdx'))?.replace(/\.mdx$/, '') ?? 'none'
const AUDITED = ['/', `/roles/${ROLE}`, `/compare/${PAIR}`, '/skills', '/quiz']
const JS_ROUTES = ['/', '/roles', `/roles/${ROLE}`, '/skills', '/skills/python', `/tracks/${track}`, '/lifecycle', '/quiz', '/match', '/compare', `/compare/${PAIR}`]
const ROLE_BUDGET_KB = 150

function scoreTable(audits: PageAudit[]): string {
  const cell = (a: PageAudit, c: (typeof CATEGORIES)[number]) => `${a.scores[c]}${a.scores[c] < TARGETS[c] ? ' ✗' : ''}`
  return [
    `| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...audits.map((a) => `| ${a.url} | ${CATEGORIES.map((c) => cell(a, c)).join(' | ')} | ${a.metrics.fcp} | ${a.metrics.lcp} | ${a.metrics.tbt} | ${a.metrics.cls} |`),
    `| target | ≥${TARGETS.performance} | ${TARGETS.accessibility} | ≥${TARGETS['best-practices']} | ${TARGETS.seo} | | | | |`,
  ].join('\n')
}

function jsTable(routes: RouteJs[]): string {
  return [
    `| route | status | script files | first-load JS (gzip) | chart library |`,
    `|---|---:|---:|---:|---|`,
    ...routes.map((r) => `| ${r.path} | ${r.status} | ${r.chunks} | ${r.gzipKb} KB | ${r.charts ? 'yes' : 'no'} |`),
  ].join('\n')
}

async function main() {
  prepareStore()
  // SKIP_BUILD=1 audits the build that is there, e.g. while the sources are being edited.
  if (!process.env.SKIP_BUILD) buildApp({ force: false })
  const server = await startNext(toolEnv)
  const browser = await launchChromium()
  try {
    const routes: RouteJs[] = []
    for (const route of JS_ROUTES) routes.push(await firstLoadJs(server.origin, route, distDir))
    const audits: PageAudit[] = []
    for (const route of AUDITED) {
      const audit = await auditPage(server.origin + route, browser.port)
      audits.push({ ...audit, url: route })
      console.log(`${route}: ${CATEGORIES.map((c) => `${c} ${audit.scores[c]}`).join(', ')}`)
    }
    const failing = audits.flatMap((a) => a.failing.map((f) => `- ${a.url} · ${f.category} · ${f.title}${f.value ? ` (${f.value})` : ''} [${f.id}]${f.items.map((i) => `\n  - ${i}`).join('')}`))
    const role = routes.find((r) => r.path === `/roles/${ROLE}`)
    const markdown = [
      `# Audit results`,
      ``,
      `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Lighthouse 12, mobile (default config)`,
      ``,
      scoreTable(audits),
      ``,
      failing.length ? `Audits that cost points:\n\n${failing.join('\n')}` : 'No audit cost points.',
      ``,
      `## First-load JavaScript`,
      ``,
      jsTable(routes),
      ``,
      `Role page budget: ${ROLE_BUDGET_KB} KB gzip; measured ${role?.gzipKb ?? '?'} KB.`,
      ``,
    ].join('\n')
    console.log(`\n${markdown}`)
    fs.mkdirSync('bench', { recursive: true })
    fs.writeFileSync(path.join('bench', 'audit.md'), markdown)
    const short = audits.some((a) => CATEGORIES.some((c) => a.scores[c] < TARGETS[c])) || (role?.gzipKb ?? Infinity) > ROLE_BUDGET_KB
    if (short) {
      console.error('Some scores or budgets are below target (marked ✗ above).')
      process.exitCode = 1
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
