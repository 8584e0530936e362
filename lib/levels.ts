/**
 * The skill scale as data. content/scale defines each level (its number, name and meaning) and the store
 * serves them; code never writes the names or the top level itself. Pure, so browser leaves use it too.
 */
export type LevelDef = { level: number; name: string; description: string }

/** The highest level of the scale (levels run from 0 to this, without gaps: the content check sees to it). */
export function topLevel(scale: LevelDef[]): number {
  return scale.reduce((top, l) => Math.max(top, l.level), 0)
}

export function levelName(scale: LevelDef[], level: number): string {
  return scale.find((l) => l.level === level)?.name ?? ''
}

/** "3 · strong" */
export function formatLevel(scale: LevelDef[], level: number): string {
  const name = levelName(scale, level)
  return name ? `${level} · ${name}` : String(level)
}

/**
 * A level on the whole-number scale in words. A fractional value (a quiz profile is a weighted mean) is named
 * by the two levels it lies between, "between 3 · strong and 4 · expert", never as "3.3".
 */
export function describeLevel(scale: LevelDef[], value: number): string {
  const rounded = Math.min(topLevel(scale), Math.max(0, Math.round(value * 10) / 10))
  if (Number.isInteger(rounded)) return formatLevel(scale, rounded)
  const below = Math.floor(rounded)
  return `between ${formatLevel(scale, below)} and ${formatLevel(scale, below + 1)}`
}

/** A level for a compact table cell: "3", or "2–3" for a value between two levels (never "2.4"). */
export function shortLevel(scale: LevelDef[], value: number): string {
  const rounded = Math.min(topLevel(scale), Math.max(0, Math.round(value * 10) / 10))
  return Number.isInteger(rounded) ? String(rounded) : `${Math.floor(rounded)}–${Math.floor(rounded) + 1}`
}
