export const LEVEL_NAMES = ['none', 'basic', 'working', 'strong', 'expert'] as const

const HEAT = ['bg-heat-0 text-ink', 'bg-heat-1 text-ink', 'bg-heat-2 text-ink', 'bg-heat-3 text-ink dark:text-canvas', 'bg-heat-4 text-white dark:text-canvas']

export function heatClass(level: number): string {
  return HEAT[Math.max(0, Math.min(4, Math.round(level)))] ?? HEAT[0]!
}

// The number is always printed: colour alone never carries the level.
export function LevelChip({ level, withName = false }: { level: number; withName?: boolean }) {
  const name = LEVEL_NAMES[level] ?? ''
  return (
    <span
      className={`inline-flex min-w-7 items-center justify-center rounded px-1.5 py-0.5 text-xs font-semibold tabular-nums ${heatClass(level)}`}
      title={`Level ${level}: ${name}`}
    >
      {level}
      {withName ? <span className="ml-1 font-normal">{name}</span> : <span className="sr-only"> ({name})</span>}
    </span>
  )
}
