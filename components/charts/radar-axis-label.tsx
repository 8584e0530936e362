const LINE_EM = 1.15

type AxisLabelProps = { x?: number | string; y?: number | string; cy?: number; textAnchor?: 'start' | 'middle' | 'end' | 'inherit'; payload?: { value?: unknown } }

/**
 * An axis label of the radar, broken into lines at its spaces. On a phone the chart is barely wider than itself, so
 * a two-word label on one line ("Data engineering") runs out of the drawing; upper labels grow upwards and side
 * labels are centred on their axis, so no line overlaps the web.
 */
export function RadarAxisLabel({ x = 0, y = 0, cy = 0, textAnchor = 'middle', payload }: AxisLabelProps) {
  const words = String(payload?.value ?? '').split(' ')
  const top = Number(y)
  const shift = top < cy - 1 ? -(words.length - 1) : Math.abs(top - cy) <= 1 ? -(words.length - 1) / 2 : 0
  return (
    <text x={x} y={top} textAnchor={textAnchor} fill="var(--muted)" fontSize={11} dominantBaseline="central">
      {words.map((word, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? shift * LINE_EM : LINE_EM}em`}>
          {word}
        </tspan>
      ))}
    </text>
  )
}
