import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { formatReport } from '@/lib/content/problems'
import { createPrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'
import { fixtureContent, removeDir } from '../fixtures/content-fixture'
import { emptyStoreCopy, rowCounts, snapshot } from '../fixtures/store'

// The seed writes, so it runs on its own copy of the empty store, from the small fixture corpus.
const store = emptyStoreCopy()
const client = createPrismaClient(store.url)
const dirs: string[] = []
function content(caseName?: string): string {
  const dir = fixtureContent(caseName)
  dirs.push(dir)
  return dir
}
const valid = content()
const seeded = await seedStore(client, valid)
if (!seeded.ok) throw new Error(`the fixture corpus does not seed: ${JSON.stringify(seeded.problems)}`)
const first = snapshot(store.file)

afterAll(async () => {
  await client.$disconnect()
  store.remove()
  dirs.forEach(removeDir)
})

describe('seeding a store', () => {
  it('writes the corpus it was given and reports how many entries of each kind', () => {
    const counts = rowCounts(first)
    expect(seeded.ok && seeded.counts).toMatchObject({ roles: counts.Role, skills: counts.Skill, quiz: counts.QuizQuestion })
    expect([counts.Role, counts.RoleSalary, counts._RoleToSource, counts.SeedInfo]).toEqual([2, 1, 2, 1])
  })

  it('produces exactly the same rows when seeded again', async () => {
    expect((await seedStore(client, valid)).ok).toBe(true)
    expect(snapshot(store.file)).toEqual(first)
  })

  it('removes the rows of a deleted file (a quiz question with its options and evidence) and nothing else', async () => {
    const dir = content()
    fs.rmSync(path.join(dir, 'quiz', 'rate-python.mdx'))
    expect((await seedStore(client, dir)).ok).toBe(true)
    const after = snapshot(store.file)
    const changed = new Set(['QuizQuestion', 'QuizOption', 'QuizEvidence', 'SeedInfo'])
    for (const table of Object.keys(first).filter((t) => !changed.has(t))) expect(after[table], table).toEqual(first[table])
    expect([after.QuizQuestion, after.QuizOption, after.QuizEvidence]).toEqual([[], [], []])
    expect(after.SeedInfo).not.toEqual(first.SeedInfo)
    expect((await seedStore(client, valid)).ok).toBe(true)
    expect(snapshot(store.file)).toEqual(first)
  })

  it('refuses broken content with the content check’s problems and leaves every table exactly as it was', async () => {
    const dir = content('level-out-of-scale')
    const result = await seedStore(client, dir)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual(checkContent(dir).problems)
    expect(result.problems).toEqual([
      expect.objectContaining({ file: path.join(dir, 'roles', 'ml-engineer.mdx'), line: 12, message: expect.stringContaining('found 9') }),
    ])
    expect(snapshot(store.file)).toEqual(first)
  })

  it('enforces foreign keys: a RoleSkill naming an unknown skill cannot be written', async () => {
    await expect(client.roleSkill.create({ data: { roleSlug: 'ml-engineer', skillSlug: 'no-such-skill', level: 2 } })).rejects.toThrow(/foreign key/i)
    expect(snapshot(store.file)).toEqual(first)
  })
})

describe('npm run db:seed', () => {
  type Run = { status: number | null; stdout: string; stderr: string }
  const run = (contentDir: string, url: string) =>
    new Promise<Run>((resolve) => {
      const child = spawn('node_modules/.bin/tsx', ['scripts/seed.ts'], { env: { ...process.env, CONTENT_DIR: contentDir, DATABASE_URL: url } })
      const out = { stdout: '', stderr: '' }
      child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()))
      child.on('close', (status) => resolve({ status, ...out }))
    })
  // Both runs start at once (each CLI start costs seconds); the valid one fills a store of its own, from empty.
  const broken = content('multi')
  const refused = run(broken, store.url)
  const fresh = emptyStoreCopy()
  const accepted = run(valid, fresh.url)
  afterAll(() => fresh.remove())

  it('prints the content check report for broken content, exits non-zero and keeps the store', async () => {
    const { status, stderr } = await refused
    expect(status).toBe(1)
    expect(stderr).toContain(formatReport(checkContent(broken).problems))
    expect(stderr).toContain('7 problems in 4 files')
    expect(stderr).toContain('Seed refused')
    expect(snapshot(store.file)).toEqual(first)
  })

  it('seeds valid content into an empty store and says how much it loaded', async () => {
    const { status, stdout } = await accepted
    expect(status).toBe(0)
    expect(stdout).toMatch(/seeded \d+ files/)
    expect(snapshot(fresh.file)).toEqual(first)
  })
})
