import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { CSV_FIXED_COLUMNS, CSV_PAY_COLUMNS, csvField, toCsv, toMatrixCsv, toMatrixJson } from '@/lib/matrix-export'
import type { Matrix, Occupation, RolePay } from '@/lib/types'
import { guide } from '../fixtures/roles'
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
const developers: Occupation = {
  slug: 'developers', soc: '15-1252', title: 'Developers, "all kinds"', url: 'https://example.org/dev', medianWage: 100000, wagePeriod: '2024-05',
  wageGroup: null, growth: -4.5, growthWords: 'Decline', outlookFrom: 2024, outlookTo: 2034, outlookGroup: 'Developers and testers', education: "Bachelor's degree",
  source: guide,
}
const pay: Record<string, RolePay> = {
  'data-scientist': {
    occupation: { occupation: developers, note: 'Broader' },
    salary: { min: 90000, max: 150000, currency: 'USD', note: null, source: guide },
  },
  'ml-engineer': { occupation: { occupation: null, note: 'No fair match, so no figure' }, salary: null },
}
const json = toMatrixJson(matrix, scale, pay)

describe('matrix JSON', () => {
  it('gives every role a level for every skill, in matrix order, 0 where the role lists none', () => {
    expect(json.roles.map((r) => r.levels)).toEqual([
      { python: 3, statistics: 4, 'machine-learning': 0, kubernetes: 0, 'ci-cd': 0 },
      { python: 4, statistics: 0, 'machine-learning': 0, kubernetes: 2, 'ci-cd': 0 },
    ])
    expect(json.roles.map((r) => r.track)).toEqual(['practitioner', null])
  })

  it('carries each role’s pay with sources as slugs, and a null occupation with its reason where none fits', () => {
    const [scientist, engineer] = json.roles
    expect(scientist?.pay?.occupation).toMatchObject({ soc: '15-1252', medianWage: 100000, wagePeriod: '2024-05', growth: -4.5, source: 'atlas-guide' })
    expect(scientist?.pay?.salary).toEqual({ min: 90000, max: 150000, currency: 'USD', note: null, source: 'atlas-guide' })
    expect(engineer?.pay).toEqual({ occupation: null, occupationNote: 'No fair match, so no figure', salary: null })
    expect(toMatrixJson(matrix, scale, {}).roles.map((r) => r.pay)).toEqual([null, null])
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
      pay: row.slice(4, 4 + CSV_PAY_COLUMNS.length),
      levels: Object.fromEntries(json.skills.map((s, i) => [s.slug, Number(row[CSV_FIXED_COLUMNS.length + i])])),
    }))
    expect(back.map(({ pay: _pay, ...rest }) => rest)).toEqual(json.roles.map(({ pay: _pay, ...rest }) => rest))
    expect(back.map((r) => r.pay)).toEqual([
      ['15-1252', 'Developers, "all kinds"', '100000', '2024-05', '-4.5', '2024', '2034', "Bachelor's degree", 'atlas-guide', '90000', '150000', 'USD', 'atlas-guide'],
      ['', '', '', '', '', '', '', '', '', '', '', '', ''],
    ])
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
