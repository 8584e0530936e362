/** A 0–100 bar with the number printed beside it; the bar itself is decoration. */
export function FitBar({ score, tone = 'accent' }: { score: number; tone?: 'accent' | 'second' }) {
  return (
    <span className="flex items-center gap-2">
      <span aria-hidden="true" className="h-2.5 w-full min-w-16 overflow-hidden rounded-full bg-raised">
        <span className={`block h-full rounded-full ${tone === 'accent' ? 'bg-accent' : 'bg-second'}`} style={{ width: `${score}%` }} />
      </span>
      <span className="w-16 shrink-0 text-right text-sm font-semibold tabular-nums">{score}<span className="font-normal text-muted"> / 100</span></span>
    </span>
  )
}
