'use client'

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend, Tooltip } from 'recharts'
import { RadarAxisLabel } from './radar-axis-label'

export type RadarColor = 'accent' | 'second' | 'ink'
export type RadarSeries = { key: string; name: string; color: RadarColor }
export type RadarPoint = { axis: string } & Record<string, number | string>

const COLORS: Record<RadarColor, string> = { accent: 'var(--accent)', second: 'var(--second)', ink: 'var(--ink)' }

/**
 * Skill levels by category (0–4). Always rendered next to a table with the same numbers, so the
 * chart itself is hidden from assistive technology.
 */
export function SkillRadar({ data, series, top, height = 320 }: { data: RadarPoint[]; series: RadarSeries[]; top: number; height?: number }) {
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {/* The chart is aria-hidden, so recharts' keyboard layer would leave a focusable element nobody can hear. */}
        <RadarChart data={data} outerRadius="70%" margin={{ top: 16, right: 48, bottom: 16, left: 48 }} accessibilityLayer={false}>
          <PolarGrid stroke="var(--line)" />
          <PolarAngleAxis dataKey="axis" tick={(props: object) => <RadarAxisLabel {...props} />} />
          <PolarRadiusAxis domain={[0, top]} tickCount={top + 1} angle={90} tick={{ fill: 'var(--muted)', fontSize: 10 }} />
          {series.map((s) => (
            <Radar
              key={s.key}
              name={s.name}
              dataKey={s.key}
              stroke={COLORS[s.color]}
              fill={COLORS[s.color]}
              fillOpacity={s.color === 'ink' ? 0 : series.length > 1 ? 0.2 : 0.35}
              strokeDasharray={s.color === 'ink' ? '4 3' : undefined}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--line)', color: 'var(--ink)' }} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  )
}
