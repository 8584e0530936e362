'use client'

import type { LevelDef } from '@/lib/levels'

/**
 * One skill's level as a row of radio buttons a thumb can hit (44 px targets), with the standard radio-group
 * keys: Tab reaches the group, the arrow keys move the choice. No option checked means "not rated".
 */
export function LevelRadios({ name, legend, scale, value, onChange }: {
  name: string
  legend: string
  scale: LevelDef[]
  value: number | null
  onChange: (level: number) => void
}) {
  return (
    <div role="radiogroup" aria-label={legend} className="grid grid-cols-5 gap-1">
      {scale.map((l) => (
        <label
          key={l.level}
          className="flex min-h-11 cursor-pointer flex-col items-center justify-center rounded-md border border-line bg-surface px-1 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent dark:has-[:checked]:text-canvas"
        >
          <input type="radio" name={name} value={l.level} checked={value === l.level} onChange={() => onChange(l.level)} className="sr-only" />
          <span className="font-semibold tabular-nums">{l.level}</span>
          <span className="text-[0.7rem] leading-tight">{l.name}</span>
        </label>
      ))}
    </div>
  )
}
