import { describeLevel, formatLevel } from '@/lib/levels'
import type { ProfileContent } from '@/lib/profile/facts'
import { LevelRadios } from './level-radios'

export type EditedLevel = { level: number; source: 'rated' | 'inferred' }

/**
 * Every skill by category, each category folding away with a count of what is rated in it. `radioName` names each
 * skill's radio group: the matcher's GET form submits them as `<slug>=<level>`. Styled from its `skill-editor`
 * class (app/repeated-parts.css), since its rows repeat for every skill.
 */
export function SkillEditor({ content, skills, onRate, radioName = (slug) => `level-${slug}` }: {
  content: Pick<ProfileContent, 'categories' | 'skills' | 'scale'>
  skills: Record<string, EditedLevel>
  onRate: (skill: string, level: number | null) => void
  radioName?: (slug: string) => string
}) {
  return (
    <div className="skill-editor">
      {content.categories.map((category) => {
        const inCategory = content.skills.filter((s) => s.category === category.slug)
        const rated = inCategory.filter((s) => skills[s.slug]).length
        return (
          <details key={category.slug} open>
            <summary>
              <span>
                <i aria-hidden="true">▸</i>
                {category.name}
              </span>
              <small>{rated} of {inCategory.length} rated</small>
            </summary>
            <ul>
              {inCategory.map((skill) => {
                const entry = skills[skill.slug]
                const whole = entry && Number.isInteger(entry.level) ? entry.level : null
                return (
                  <li key={skill.slug}>
                    <div>
                      <span id={`skill-${skill.slug}`}>{skill.name}</span>
                      {entry ? (
                        <button type="button" onClick={() => onRate(skill.slug, null)}>
                          Clear<span className="sr-only"> {skill.name}</span>
                        </button>
                      ) : null}
                    </div>
                    <LevelRadios name={radioName(skill.slug)} legend={skill.name} scale={content.scale} value={whole} onChange={(level) => onRate(skill.slug, level)} />
                    <p>{entryText(content, entry)}</p>
                  </li>
                )
              })}
            </ul>
          </details>
        )
      })}
    </div>
  )
}

function entryText(content: Pick<ProfileContent, 'scale'>, entry: EditedLevel | undefined): string {
  if (!entry) return 'Not rated: counts as 0.'
  if (entry.source === 'inferred') return `From the quiz: ${describeLevel(content.scale, entry.level)}. Pick a level to rate it yourself.`
  const def = content.scale.find((l) => l.level === entry.level)
  return def ? `${formatLevel(content.scale, entry.level)}: ${def.description}` : formatLevel(content.scale, entry.level)
}
