import lighthouse from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
export const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 }

export type PageAudit = {
  url: string
  scores: Record<Category, number>
  /** Audits that cost points, with Lighthouse's own title and value, so a shortfall names its cause. */
  failing: { category: Category; id: string; title: string; value: string; items: string[] }[]
  metrics: { fcp: string; lcp: string; tbt: string; cls: string }
  /** Total Blocking Time in milliseconds, for medians and ratios. */
  tbtMs: number
}

// The first few rows of an audit's table (console messages, issue types, URLs), so the report says what went wrong.
function itemTexts(details: unknown): string[] {
  if (!details || typeof details !== 'object' || !('items' in details) || !Array.isArray(details.items)) return []
  return details.items.slice(0, 3).map((item: unknown) => {
    if (!item || typeof item !== 'object') return String(item)
    const fields = new Map(Object.entries(item))
    const location = fields.get('sourceLocation')
    const text = [fields.get('description'), fields.get('issueType'), location && JSON.stringify(location), fields.get('url')]
    return text.filter((t) => typeof t === 'string' && t).join(' · ').slice(0, 300)
  })
}

const ATTEMPTS = 3

// Trace recording occasionally fails (NO_NAVSTART and kin: Lighthouse itself says to run it again), so retry.
async function runLighthouse(url: string, port: number) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const error = result.lhr.runtimeError
    if (!error) return result.lhr
    if (attempt >= ATTEMPTS) throw new Error(`${url}: ${error.code} ${error.message}`)
    console.warn(`${url}: ${error.code}, running Lighthouse again (${attempt + 1}/${ATTEMPTS})`)
  }
}

// Lighthouse's default configuration is the mobile one (emulated phone, simulated slow 4G and CPU).
export async function auditPage(url: string, port: number): Promise<PageAudit> {
  const lhr = await runLighthouse(url, port)
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>
  const failing: PageAudit['failing'] = []
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue
      failing.push({ category, id: ref.id, title: audit.title, value: audit.displayValue ?? '', items: itemTexts(audit.details) })
    }
  }
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?'
  return {
    url,
    scores,
    failing,
    metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
  }
}
