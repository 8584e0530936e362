import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPick } from '@/lib/compare/schemas'
import { orderedPairs } from '@/lib/compare/suggestions'
import { shortSummary } from '@/lib/compare/summary'
import type { Comparison } from '@/lib/compare/types'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-compare-'))
const url = `file:${path.join(dir, 'store.db')}`
let getComparison: (a: string, b: string) => Promise<Comparison | null>
let roleSlugs: string[]
let ds: Comparison // Data Scientist → ML Engineer
let mle: Comparison // ML Engineer → Data Scientist

beforeAll(async () => {
  process.env.DATABASE_URL = url
  execSync('node_modules/.bin/prisma migrate deploy', { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' })
  const { createPrismaClient } = await import('@/lib/prisma-client')
  const { seedStore } = await import('@/lib/seed/seed')
  const seeder = createPrismaClient(url)
  const seeded = await seedStore(seeder)
  await seeder.$disconnect()
  expect(seeded.ok).toBe(true)
  ;({ getComparison } = await import('@/lib/queries/compare'))
  roleSlugs = await (await import('@/lib/queries/roles')).listRoleSlugs()
  ds = (await getComparison('data-scientist', 'ml-engineer'))!
  mle = (await getComparison('ml-engineer', 'data-scientist'))!
})

afterAll(async () => {
  const { db } = await import('@/lib/db')
  await db.$disconnect()
  fs.rmSync(dir, { recursive: true, force: true })
})

const find = (c: Comparison, slug: string) => c.deltas.find((p) => p.slug === slug)

describe('skills split three ways', () => {
  it('puts a skill both roles have (level ≥ 1) in shared, with both levels', () => {
    const stats = ds.split.shared.find((p) => p.slug === 'statistics')
    expect(stats).toMatchObject({ a: 4, b: 3, delta: -1, categoryName: 'Statistics & classical ML' })
  })

  it('lists production skills the ML Engineer has and the Data Scientist lacks as only in B', () => {
    const onlyB = ds.split.onlyB.map((p) => p.slug)
    expect(onlyB).toEqual(expect.arrayContaining(['model-serving', 'containers', 'distributed-training', 'gpu-compute']))
    expect(ds.split.onlyB.every((p) => p.a === 0 && p.b >= 1)).toBe(true)
  })

  it('mirrors the split when the pair is swapped', () => {
    expect(mle.split.onlyA.map((p) => p.slug)).toEqual(ds.split.onlyB.map((p) => p.slug))
    expect(mle.split.onlyB.map((p) => p.slug)).toEqual(ds.split.onlyA.map((p) => p.slug))
    expect(mle.split.shared.map((p) => p.slug)).toEqual(ds.split.shared.map((p) => p.slug))
  })

  it('never counts a skill in two groups and covers every skill either role has', () => {
    const all = [...ds.split.shared, ...ds.split.onlyA, ...ds.split.onlyB].map((p) => p.slug)
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual(ds.deltas.map((p) => p.slug).sort())
  })
})

describe('level differences', () => {
  it('sorts by size of the difference, ties in matrix order', () => {
    const sizes = ds.deltas.map((p) => Math.abs(p.delta))
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x))
    const threes = ds.deltas.filter((p) => Math.abs(p.delta) === 3).map((p) => p.slug)
    // deep-learning (+3) comes before the infrastructure skills (+3) because its category comes first
    expect(threes.indexOf('deep-learning')).toBeLessThan(threes.indexOf('model-serving'))
    expect(threes.indexOf('containers')).toBeLessThan(threes.indexOf('model-serving'))
  })

  it('shows the ML Engineer higher on model serving and containers', () => {
    expect(find(ds, 'model-serving')).toMatchObject({ a: 0, b: 3, delta: 3 })
    expect(find(ds, 'containers')).toMatchObject({ a: 0, b: 3, delta: 3 })
  })

  it('shows the Data Scientist higher on statistics and exploratory analysis', () => {
    expect(find(ds, 'statistics')!.delta).toBeLessThan(0)
    expect(find(ds, 'exploratory-analysis')).toMatchObject({ a: 4, b: 2, delta: -2 })
  })

  it('keeps zero differences in the list so the table can show every skill', () => {
    expect(find(ds, 'data-quality')).toMatchObject({ a: 2, b: 2, delta: 0 })
    expect(ds.deltas.at(-1)!.delta).toBe(0)
  })
})

describe('moving from A to B', () => {
  it('lists only skills to gain or raise, largest increase first', () => {
    const steps = ds.moving.steps
    expect(steps.every((s) => s.b > s.a)).toBe(true)
    expect(steps.map((s) => s.delta)).toEqual([...steps.map((s) => s.delta)].sort((x, y) => y - x))
    expect(steps.find((s) => s.slug === 'statistics')).toBeUndefined()
  })

  it('marks new skills as gains and existing ones as raises', () => {
    expect(ds.moving.steps.find((s) => s.slug === 'model-serving')!.kind).toBe('gain')
    expect(ds.moving.steps.find((s) => s.slug === 'deep-learning')).toMatchObject({ kind: 'raise', a: 1, b: 4 })
  })

  it('offers the tools that exercise a skill, the target role’s own tools first', () => {
    const serving = ds.moving.steps.find((s) => s.slug === 'model-serving')!
    expect(serving.tools.length).toBeGreaterThan(0)
    expect(serving.tools.length).toBeLessThanOrEqual(4)
    // Model serving's tools start with FastAPI, which the ML Engineer profile does not list: it drops behind.
    expect(serving.tools.map((t) => t.slug)).toEqual(['torchserve', 'triton', 'vllm', 'tensorrt'])
  })

  it('says the sources name the Data Scientist → ML Engineer path, with the source', () => {
    expect(ds.moving.path).toMatchObject({ kind: 'source', source: { slug: 'emergence-of-mlops-engineer' } })
  })

  it('says no path is named in the other direction', () => {
    expect(mle.moving.path).toEqual({ kind: 'none' })
  })

  it('tells a listed path without a source apart from a sourced one', async () => {
    // ml-engineer → ai-engineer is a profile link the content gives without a source
    expect((await getComparison('ml-engineer', 'ai-engineer'))!.moving.path).toEqual({ kind: 'listed' })
  })
})

describe('tools and dimensions', () => {
  it('splits tools into shared and distinct', () => {
    expect(ds.tools.onlyA.map((t) => t.slug)).toEqual(expect.arrayContaining(['jupyter', 'scikit-learn']))
    expect(ds.tools.onlyB.map((t) => t.slug)).toEqual(expect.arrayContaining(['docker', 'torchserve', 'pytorch']))
    expect(ds.tools.shared).toEqual([])
  })

  it('gives six dimension rows with depth ratings and each side’s basis', () => {
    expect(ds.dimensions.rows.map((r) => r.key)).toEqual(['primaryWork', 'coreSkill', 'output', 'infraDepth', 'mathDepth', 'demand'])
    expect(ds.dimensions.rows.find((r) => r.key === 'infraDepth')).toMatchObject({ ratingA: 1, ratingB: 3 })
    expect(ds.dimensions).toMatchObject({ basisA: 'editorial', basisB: 'source' })
  })

  it('scores infrastructure far higher for the ML Engineer by category', () => {
    const infra = ds.categories.find((c) => c.category === 'infrastructure')!
    expect(infra.b - infra.a).toBeGreaterThanOrEqual(2)
    const classical = ds.categories.find((c) => c.category === 'classical-ml')!
    expect(classical.a).toBeGreaterThanOrEqual(classical.b)
  })
})

describe('generated summary', () => {
  it('names who goes deeper on infrastructure, and the shared maths depth', () => {
    expect(ds.summary).toContain('Machine Learning Engineer goes deeper on infrastructure (deep vs light).')
    expect(ds.summary).toContain('Both roles need high maths depth.')
  })

  it('names each role’s biggest skill leads with both levels', () => {
    expect(ds.summary).toContain('Data Scientist leans on Exploratory analysis & visualisation (4 vs 2) and Statistics (4 vs 3).')
    expect(ds.summary).toContain('Machine Learning Engineer leans on Deep learning frameworks (4 vs 1) and Distributed systems (3 vs 0).')
  })

  it('names the widest category gaps from the category profile', () => {
    expect(ds.summary.join(' ')).toMatch(/widest gaps by area are Infrastructure & platforms \(Machine Learning Engineer 3\.0 vs 0\.3\)/)
  })

  it('counts the overlap', () => {
    const { shared, onlyA, onlyB } = ds.split
    expect(onlyA.map((p) => p.slug)).toEqual(['model-governance'])
    expect(ds.summary.at(-1)).toBe(
      `They share ${shared.length} skills; ${onlyA.length} appears only for Data Scientist and ${onlyB.length} only for Machine Learning Engineer.`,
    )
  })

  it('writes a summary for every ordered pair, and a short version fit for a description', async () => {
    const pairs = orderedPairs(roleSlugs)
    expect(pairs).toHaveLength(roleSlugs.length * (roleSlugs.length - 1))
    for (const { a, b } of pairs) {
      const c = await getComparison(a, b)
      expect(c, `${a} vs ${b}`).not.toBeNull()
      expect(c!.summary.length).toBeGreaterThanOrEqual(4)
      expect(shortSummary(c!.summary).length).toBeLessThanOrEqual(200)
    }
  })
})

describe('unknown and same-role pairs', () => {
  it('returns null for the same role twice or an unknown slug', async () => {
    expect(await getComparison('ml-engineer', 'ml-engineer')).toBeNull()
    expect(await getComparison('ml-engineer', 'no-such-role')).toBeNull()
  })

  it('checks picker submissions: pair, same role, unknown, malformed, empty', () => {
    const known = new Map([['data-scientist', 'Data Scientist'], ['ml-engineer', 'ML Engineer']])
    expect(checkPick({}, known)).toEqual({ kind: 'empty' })
    expect(checkPick({ a: 'data-scientist', b: 'ml-engineer' }, known)).toEqual({ kind: 'pair', a: 'data-scientist', b: 'ml-engineer' })
    expect(checkPick({ a: 'ml-engineer', b: 'ml-engineer' }, known)).toMatchObject({ kind: 'problem', problem: { field: 'b' } })
    expect(checkPick({ a: 'nope', b: 'ml-engineer' }, known)).toMatchObject({ kind: 'problem', problem: { field: 'a' } })
    expect(checkPick({ a: 'data-scientist', b: '../etc' }, known)).toMatchObject({ kind: 'problem', problem: { field: 'b' } })
    expect(checkPick({ a: ['data-scientist', 'x'], b: 'ml-engineer' }, known)).toMatchObject({ kind: 'pair' })
  })
})
