import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { CSV_FIXED_COLUMNS, csvField, toCsv, toMatrixCsv, toMatrixJson } from '@/lib/matrix-export'
import type { Matrix } from '@/lib/types'
import { model, scale } from '../fixtures/scoring-model'

const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: true })

// Names with a comma, quotes and a line break, so the CSV has to quote them.
const matrix: Matrix = {
  categories: model.categories,
  skills: model.skills.map(({ slug, name, category, order }) => ({ slug, name, category, order })),
  roles: [
    { slug: 'data-scientist', name: 'Data Scientist, "applied"', category: 'data-science', track: { slug: 'practitioner', name: 'Practitioner' } },
    { slug: 'ml-engineer', name: 'ML\r\nEngineer', category: 'ml-engineering', track: null },
  ],
  levels: { 'data-scientist': { python: 3, statistics: 4 }, 'ml-engineer': { python: 4, kubernetes: 2 } },
}
const json = toMatrixJson(matrix, scale)

describe('matrix JSON', () => {
  it('gives every role a level for every skill, in matrix order, 0 where the role lists none', () => {
    expect(json.roles.map((r) => r.levels)).toEqual([
      { python: 3, statistics: 4, 'machine-learning': 0, kubernetes: 0, 'ci-cd': 0 },
      { python: 4, statistics: 0, 'machine-learning': 0, kubernetes: 2, 'ci-cd': 0 },
    ])
    expect(json.roles.map((r) => r.track)).toEqual(['practitioner', null])
  })

  it('carries the scale, the categories and the skills without their sort keys', () => {
    expect(json.scale).toEqual(scale)
    expect(json.categories).toEqual([{ slug: 'data', name: 'Data science' }, { slug: 'platform', name: 'Platform & delivery' }])
    expect(json.skills[0]).toEqual({ slug: 'python', name: 'Python', category: 'data' })
  })
})

describe('matrix CSV', () => {
  it('parses back to exactly the JSON: header, one row per role, every level', () => {
    const [header, ...body] = parseCsv(toMatrixCsv(json))
    expect(header).toEqual([...CSV_FIXED_COLUMNS, ...json.skills.map((s) => s.slug)])
    const back = body.map((row) => ({
      slug: row[0],
      name: row[1],
      category: row[2],
      track: row[3] === '' ? null : row[3],
      levels: Object.fromEntries(json.skills.map((s, i) => [s.slug, Number(row[CSV_FIXED_COLUMNS.length + i])])),
    }))
    expect(back).toEqual(json.roles)
  })

  it('ends every record with CRLF as RFC 4180 asks, with line breaks only inside quoted fields', () => {
    const csv = toMatrixCsv({ ...json, roles: json.roles.slice(0, 1) })
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(3)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('quotes commas, quotes and line breaks and reads them back unchanged', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField(null)).toBe('')
    expect(csvField(3)).toBe('3')
    const tricky = [['a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', ''], ['1', '', '"', ',', 'x']]
    expect(parseCsv(toCsv(tricky))).toEqual(tricky)
  })
})
