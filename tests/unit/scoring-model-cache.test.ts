import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createPrismaClient } from '@/lib/prisma-client'
import type { ScoringModel } from '@/lib/scoring/types'
import { seedStore } from '@/lib/seed/seed'
import { fixtureContent, removeDir } from '../fixtures/content-fixture'
import { emptyStoreCopy } from '../fixtures/store'

// This test re-seeds, so it works on its own copy of the store, seeded from the small fixture corpus.
const store = emptyStoreCopy()
const content = fixtureContent()
const writer = createPrismaClient(store.url)
expect((await seedStore(writer, content)).ok).toBe(true)
process.env.DATABASE_URL = store.url
Reflect.deleteProperty(globalThis, 'atlasDb')
const { getScoringModel } = await import('@/lib/queries/scoring')
const { getContentVersion } = await import('@/lib/queries/content-version')

afterAll(async () => {
  await writer.$disconnect()
  store.remove()
  removeDir(content)
})

function edit(file: string, from: string, to: string) {
  const full = path.join(content, file)
  const text = fs.readFileSync(full, 'utf8')
  expect(text).toContain(from)
  fs.writeFileSync(full, text.replace(from, to))
}

const pythonNeed = (model: ScoringModel) => model.roles.find((r) => r.slug === 'data-engineer')?.needs.find((n) => n.skill === 'python')?.level
const expertWeight = (model: ScoringModel) =>
  model.questions.find((q) => q.slug === 'rate-python')?.options.find((o) => o.id === 'level-4')?.evidence[0]?.weight

describe('the scoring model kept in memory', () => {
  it('is read once per content version and shared, frozen, by later calls', async () => {
    const first = await getScoringModel()
    expect(await getScoringModel()).toBe(first)
    expect(Object.isFrozen(first.roles[0]!.needs)).toBe(true)
    expect(Object.isFrozen(first.questions[0]!.options[0]!.evidence)).toBe(true)
  })

  it('is read again, questions and evidence included, after a re-seed changes the content version', async () => {
    const before = await getScoringModel()
    const versionBefore = await getContentVersion()
    expect([pythonNeed(before), expertWeight(before)]).toEqual([3, 2])

    edit('roles/data-engineer.mdx', '{ skill: python, level: 3 }', '{ skill: python, level: 2 }')
    edit('quiz/rate-python.mdx', '{ skill: python, level: 4, weight: 2 }', '{ skill: python, level: 4, weight: 0.5 }')
    expect((await seedStore(writer, content)).ok).toBe(true)
    expect(await getContentVersion()).not.toBe(versionBefore)

    const after = await getScoringModel()
    expect(after).not.toBe(before)
    expect([pythonNeed(after), expertWeight(after)]).toEqual([2, 0.5])
    expect(await getScoringModel()).toBe(after)
  })
})
