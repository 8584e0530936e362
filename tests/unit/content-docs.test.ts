import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DOCS_END, DOCS_START, fieldTable, withGeneratedDocs } from '@/lib/content/docs'
import { loadContent } from '@/lib/content/load'

const readme = fs.readFileSync('content/README.md', 'utf8')
const scale = loadContent('content').corpus.scale.map((e) => e.data)

describe('content/README.md', () => {
  it('is up to date with the zod schemas and content/scale (run `npm run content:docs` if this fails)', () => {
    expect(readme).toBe(withGeneratedDocs(readme, scale))
  })

  it('documents every role field the schema has, with its description', () => {
    const table = fieldTable('roles')
    expect(table).toContain('| `salary.source` | slug | yes | Source slug that states this range |')
    expect(table).toContain('| `skills[].level` | whole number ≥ 0 | yes | Level on the scale (content/scale) |')
    expect(readme.indexOf(DOCS_START)).toBeLessThan(readme.indexOf(DOCS_END))
  })

  it('would be reported stale after a hand edit inside the generated part', () => {
    const edited = readme.replace('| Source slug that states this range |', '| Any source |')
    expect(edited).not.toBe(readme)
    expect(withGeneratedDocs(edited, scale)).not.toBe(edited)
  })
})
