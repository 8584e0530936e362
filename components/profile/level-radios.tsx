import type { LevelDef } from '@/lib/levels'

/**
 * One skill's level as a row of radio buttons a thumb can hit (44 px targets), with the standard radio-group
 * keys: Tab reaches the group, the arrow keys move the choice. No option checked means "not rated". Styled from
 * its `level-radios` class (app/repeated-parts.css): a skill editor repeats it for every skill.
 */
export function LevelRadios({ name, legend, scale, value, onChange }: {
  name: string
  legend: string
  scale: LevelDef[]
  value: number | null
  onChange: (level: number) => void
}) {
  return (
    <div role="radiogroup" aria-label={legend} className="level-radios">
      {scale.map((l) => (
        <label key={l.level}>
          <input type="radio" name={name} value={l.level} checked={value === l.level} onChange={() => onChange(l.level)} className="sr-only" />
          <b>{l.level}</b>
          <span>{l.name}</span>
        </label>
      ))}
    </div>
  )
}
