
export type FitPoint = { at: string; fit: number }

const W = 320
const H = 120
const PAD = 24

const day = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })

/**
 * The fit for one role at each save, drawn as a small line chart (inline SVG: no chart library for a few points)
 * above a table of the same numbers, which is what screen readers and the keyboard get.
 */
export function FitHistory({ role, points }: { role: string; points: FitPoint[] }) {
  const x = (i: number) => PAD + (points.length > 1 ? (i * (W - 2 * PAD)) / (points.length - 1) : (W - 2 * PAD) / 2)
  const y = (fit: number) => H - PAD / 2 - (fit / 100) * (H - PAD)
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">Fit for {role} at each save</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-32 w-full max-w-md text-accent" aria-hidden="true">
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD} x2={W - PAD / 2} y1={y(v)} y2={y(v)} className="stroke-line" strokeDasharray={v === 0 ? undefined : '3 3'} />
            <text x={PAD - 4} y={y(v) + 4} textAnchor="end" className="fill-muted text-[10px]">{v}</text>
          </g>
        ))}
        <polyline points={points.map((p, i) => `${x(i)},${y(p.fit)}`).join(' ')} fill="none" stroke="currentColor" strokeWidth={2} />
        {points.map((p, i) => <circle key={`${p.at}-${i}`} cx={x(i)} cy={y(p.fit)} r={3} fill="currentColor" />)}
      </svg>
      <table className="text-sm">
        <thead>
          <tr><th scope="col" className="pr-6 text-left font-medium">Saved</th><th scope="col" className="text-right font-medium">Fit</th></tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.at}-${i}`}><td className="pr-6">{day(p.at)}</td><td className="text-right tabular-nums">{p.fit} / 100</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

