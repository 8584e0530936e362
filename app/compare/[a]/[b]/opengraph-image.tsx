import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { SUGGESTED_PAIRS } from '@/lib/compare/suggestions'
import { shortSummary } from '@/lib/compare/summary'
import { pairParamsSchema } from '@/lib/params'
import { getComparison } from '@/lib/queries/compare'

export const alt = 'Two roles compared side by side in MLOps Atlas'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

// Each image costs far more to render than its page, so only the most asked pairs (both ways round) are
// drawn at build time; the rest are drawn on first request and then served from the cache like the others.
// Only the font bundled with next/og is used, so nothing is fetched; the text keeps to plain Latin characters.
export const dynamicParams = true

export function generateStaticParams() {
  return SUGGESTED_PAIRS.flatMap(([a, b]) => [{ a, b }, { a: b, b: a }])
}

const C = { canvas: '#f7f7f4', ink: '#1b1f24', muted: '#4f5863', line: '#d9dcd5', accent: '#0f6e5c', second: '#7a3db8' }
const BAR = 150

export default async function Image({ params }: { params: Promise<{ a: string; b: string }> }) {
  const parsed = pairParamsSchema.safeParse(await params)
  const comparison = parsed.success ? await getComparison(parsed.data.a, parsed.data.b) : null
  if (!comparison) notFound()
  const { a, b, categories, summary } = comparison
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: C.canvas, color: C.ink, padding: '48px 56px', fontSize: 26 }}>
        <div style={{ display: 'flex', color: C.accent, fontSize: 24 }}>MLOps Atlas - compare roles</div>
        <div style={{ display: 'flex', flexWrap: 'wrap', fontSize: 54, lineHeight: 1.1, marginTop: 14 }}>
          <span style={{ color: C.accent }}>{a.name}</span>
          <span style={{ color: C.muted, margin: '0 16px' }}>vs</span>
          <span style={{ color: C.second }}>{b.name}</span>
        </div>
        <div style={{ display: 'flex', color: C.muted, marginTop: 18, lineHeight: 1.35 }}>{shortSummary(summary, 150)}</div>
        <div style={{ display: 'flex', marginTop: 'auto', gap: 12, alignItems: 'flex-end' }}>
          {categories.map((c) => (
            <div key={c.category} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', flex: 1 }}>
              <div style={{ display: 'flex', alignItems: 'flex-end', gap: 6, height: BAR, borderBottom: `2px solid ${C.line}` }}>
                <div style={{ width: 28, height: Math.max(3, (c.a / 4) * BAR), background: C.accent, borderRadius: 4 }} />
                <div style={{ width: 28, height: Math.max(3, (c.b / 4) * BAR), background: C.second, borderRadius: 4 }} />
              </div>
              <div style={{ display: 'flex', textAlign: 'center', fontSize: 16, color: C.muted, marginTop: 8, height: 44 }}>{c.name}</div>
            </div>
          ))}
        </div>
      </div>
    ),
    size,
  )
}
