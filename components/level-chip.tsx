const HEAT = ['heat-0', 'heat-1', 'heat-2', 'heat-3', 'heat-4']

/** The heat colour of a level (a class in app/globals.css); the palette has five steps and higher levels share the last one. */
export function heatClass(level: number): string {
  return HEAT[Math.max(0, Math.min(HEAT.length - 1, Math.round(level)))] ?? HEAT[0]!
}

/**
 * A level as its number on its heat colour; colour alone never carries it. With `name` (from the content's
 * scale) the name follows, visibly with `showName`, otherwise for screen readers only. Long lists leave the name
 * out: their section names the scale once, and every chip is markup sent twice (HTML and payload).
 */
export function LevelChip({ level, name, showName = false }: { level: number; name?: string; showName?: boolean }) {
  return (
    <span className={`chip ${heatClass(level)}`}>
      {level}
      {name ? showName ? <span className="ml-1 font-normal">{name}</span> : <span className="sr-only"> ({name})</span> : null}
    </span>
  )
}
