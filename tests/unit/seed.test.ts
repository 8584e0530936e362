import { execFileSync, type ExecFileSyncOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { formatReport } from '@/lib/content/problems'
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'
import { fixtureContent } from '../fixtures/content-fixture'
import { migratedStore, rowCounts, snapshot } from '../fixtures/store-snapshot'

const store = migratedStore('seed')
let client: PrismaClient
let shipped: ReturnType<typeof snapshot>

function copyOfContent(): string {
  const dir = path.join(fs.mkdtempSync(path.join(store.dir, 'content-')), 'content')
  fs.cpSync('content', dir, { recursive: true })
  return dir
}

beforeAll(async () => {
  client = createPrismaClient(store.url)
  const result = await seedStore(client, path.resolve('content'))
  expect(result.ok).toBe(true)
  shipped = snapshot(store.file)
})

afterAll(async () => {
  await client.$disconnect()
  fs.rmSync(store.dir, { recursive: true, force: true })
})

describe('seeding the store from content/', () => {
  it('loads the whole shipped corpus', () => {
    const counts = rowCounts(shipped)
    expect(counts.Role).toBeGreaterThanOrEqual(18)
    expect(counts.Skill).toBeGreaterThanOrEqual(30)
    expect(counts.MaturityLevel).toBe(4)
    expect(counts.LifecyclePhase).toBe(6)
    expect(counts.Track).toBe(2)
    expect(counts.LadderLevel).toBe(5)
    expect(counts.LevelDef).toBe(5)
    expect(counts.RoleSkill).toBeGreaterThan(0)
    expect(counts.QuizEvidence).toBeGreaterThan(0)
    expect(counts.SeedInfo).toBe(1)
  })

  it('leaves no RoleSkill, TrackSkill or QuizEvidence pointing at a skill that does not exist', () => {
    const db = new Database(store.file, { readonly: true })
    const dangling = (table: string) =>
      db.prepare(`SELECT COUNT(*) FROM "${table}" t LEFT JOIN "Skill" s ON s.slug = t.skillSlug WHERE s.slug IS NULL`).pluck().get()
    expect([dangling('RoleSkill'), dangling('TrackSkill'), dangling('QuizEvidence')]).toEqual([0, 0, 0])
    db.close()
  })

  it('produces exactly the same rows when seeded again', async () => {
    expect((await seedStore(client, path.resolve('content'))).ok).toBe(true)
    expect(snapshot(store.file)).toEqual(shipped)
  })

  it('removes the rows of a deleted file (a quiz question with its options and evidence) and nothing else', async () => {
    const dir = copyOfContent()
    fs.rmSync(path.join(dir, 'quiz', 'rate-python.mdx'))
    expect((await seedStore(client, dir)).ok).toBe(true)
    const after = snapshot(store.file)
    const quizTables = new Set(['QuizQuestion', 'QuizOption', 'QuizEvidence', 'SeedInfo'])
    for (const table of Object.keys(shipped).filter((t) => !quizTables.has(t))) expect(after[table]).toEqual(shipped[table])
    expect(after.QuizQuestion!.some((row) => row.includes('"rate-python"'))).toBe(false)
    expect(after.QuizOption!.some((row) => row.includes('rate-python/'))).toBe(false)
    expect(after.QuizEvidence!.some((row) => row.includes('rate-python/'))).toBe(false)
    expect(after.QuizQuestion).toHaveLength(shipped.QuizQuestion!.length - 1)
    expect(after.QuizEvidence!.length).toBeLessThan(shipped.QuizEvidence!.length)
    expect((await seedStore(client, path.resolve('content'))).ok).toBe(true)
    expect(snapshot(store.file)).toEqual(shipped)
  })

  it('refuses broken content with the report and leaves every table exactly as it was', async () => {
    const dir = copyOfContent()
    const file = path.join(dir, 'roles', 'ml-engineer.mdx')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/level: 4/, 'level: 9'))
    const before = snapshot(store.file)
    const result = await seedStore(client, dir)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual(checkContent(dir).problems)
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ file, message: expect.stringContaining('expected a level from 0 to 4, found number 9') })
    const after = snapshot(store.file)
    expect(rowCounts(after)).toEqual(rowCounts(before))
    expect(after).toEqual(before)
  })

  it('sets the store to WAL mode, so readers keep reading while a seed writes', () => {
    const db = new Database(store.file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('enforces foreign keys: a RoleSkill naming an unknown skill cannot be written', async () => {
    await expect(
      client.roleSkill.create({ data: { roleSlug: 'ml-engineer', skillSlug: 'no-such-skill', level: 2 } }),
    ).rejects.toThrow(/foreign key/i)
    expect(snapshot(store.file)).toEqual(shipped)
  })
})

describe('npm run db:seed', () => {
  const run = (contentDir: string) => {
    const options: ExecFileSyncOptions = {
      env: { ...process.env, CONTENT_DIR: contentDir, DATABASE_URL: store.url },
      encoding: 'utf8',
      stdio: 'pipe',
    }
    try {
      return { status: 0, stdout: String(execFileSync('node_modules/.bin/tsx', ['scripts/seed.ts'], options)), stderr: '' }
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string } // execFileSync's error carries the output
      return { status: e.status, stdout: e.stdout, stderr: e.stderr }
    }
  }

  it('prints the content check report for broken content, exits non-zero and keeps the store', () => {
    const dir = fixtureContent('multi')
    const before = snapshot(store.file)
    const { status, stderr } = run(dir)
    expect(status).toBe(1)
    expect(stderr).toContain(formatReport(checkContent(dir).problems))
    expect(stderr).toContain('7 problems in 4 files')
    expect(stderr).toContain('Seed refused')
    expect(snapshot(store.file)).toEqual(before)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('seeds valid content and says how much it loaded', () => {
    const { status, stdout } = run(path.resolve('content'))
    expect(status).toBe(0)
    expect(stdout).toMatch(/seeded \d+ files/)
    expect(snapshot(store.file)).toEqual(shipped)
  })
})
