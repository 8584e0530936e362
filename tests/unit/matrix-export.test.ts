import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'
import { parse } from 'csv-parse/sync'
import { CSV_FIXED_COLUMNS, csvField, toCsv, toMatrixCsv, toMatrixJson, type MatrixJson } from '@/lib/matrix-export'

const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: true })

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-matrix-'))
const url = `file:${path.join(dir, 'store.db')}`
let json: MatrixJson

beforeAll(async () => {
  execSync('node_modules/.bin/prisma migrate deploy', { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' })
  const client = createPrismaClient(url)
  const seeded = await seedStore(client)
  await client.$disconnect()
  expect(seeded.ok).toBe(true)
  process.env.DATABASE_URL = url
  const { getMatrix } = await import('@/lib/queries/matrix')
  const { getScale } = await import('@/lib/queries/levels')
  json = toMatrixJson(await getMatrix(), await getScale())
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('matrix JSON from the store', () => {
  it('gives every role a level from 0 to 4 for every skill', () => {
    expect(json.roles.length).toBeGreaterThanOrEqual(18)
    expect(json.skills.length).toBe(44)
    for (const role of json.roles) {
      expect(Object.keys(role.levels)).toEqual(json.skills.map((s) => s.slug))
      for (const level of Object.values(role.levels)) expect([0, 1, 2, 3, 4]).toContain(level)
    }
  })

  it('carries the scale and the stored levels of a known role', () => {
    expect(json.scale.map((l) => l.level)).toEqual([0, 1, 2, 3, 4])
    const platform = json.roles.find((r) => r.slug === 'ml-platform-engineer')
    expect(platform?.levels.kubernetes).toBe(3)
    expect(platform?.track).toBe('ai-platform-engineer')
    expect(json.roles.find((r) => r.slug === 'data-engineer')?.track).toBeNull()
  })
})

describe('matrix CSV', () => {
  it('parses back to exactly the JSON: header, one row per role, every level', () => {
    const rows = parseCsv(toMatrixCsv(json))
    const [header, ...body] = rows
    expect(header).toEqual([...CSV_FIXED_COLUMNS, ...json.skills.map((s) => s.slug)])
    expect(body).toHaveLength(json.roles.length)
    const back = body.map((row) => ({
      slug: row[0],
      name: row[1],
      category: row[2],
      track: row[3] === '' ? null : row[3],
      levels: Object.fromEntries(json.skills.map((s, i) => [s.slug, Number(row[CSV_FIXED_COLUMNS.length + i])])),
    }))
    expect(back).toEqual(json.roles)
  })

  it('ends every record with CRLF as RFC 4180 asks', () => {
    const csv = toMatrixCsv(json)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(json.roles.length + 2)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('quotes commas, quotes and line breaks and reads them back unchanged', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField(null)).toBe('')
    const tricky = [['a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', ''], ['1', '', '"', ',', 'x']]
    expect(parseCsv(toCsv(tricky))).toEqual(tricky)
  })
})
