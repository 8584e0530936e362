import { heatClass } from '@/components/level-chip'

/**
 * A level as a bare number on its heat colour: the light form of `LevelChip` for long lists, where the section
 * names the 0–4 scale once instead of every chip repeating it (each chip is markup sent twice, HTML and payload).
 */
export function LevelBadge({ level }: { level: number }) {
  return <span className={`inline-block min-w-7 rounded px-1.5 py-0.5 text-center text-xs font-semibold tabular-nums ${heatClass(level)}`}>{level}</span>
}
