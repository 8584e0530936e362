import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'
import type { ScoringModel } from '@/lib/scoring/types'
import { useTempStore } from '../fixtures/temp-store'

let getScoringModel: () => Promise<ScoringModel>
let getContentVersion: () => Promise<string>
let cleanup = () => {}
const edited = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-model-cache-content-'))

beforeAll(async () => {
  cleanup = await useTempStore('model-cache')
  ;({ getScoringModel } = await import('@/lib/queries/scoring'))
  ;({ getContentVersion } = await import('@/lib/queries/content-version'))
})
afterAll(() => {
  cleanup()
  fs.rmSync(edited, { recursive: true, force: true })
})

/** A copy of content/ with one role need and one quiz evidence weight changed. */
function editedContent(): string {
  const dir = path.join(edited, 'content')
  fs.cpSync('content', dir, { recursive: true })
  const edit = (file: string, from: string, to: string) => {
    const full = path.join(dir, file)
    const text = fs.readFileSync(full, 'utf8')
    expect(text).toContain(from)
    fs.writeFileSync(full, text.replace(from, to))
  }
  edit('roles/data-engineer.mdx', '{ skill: sql, level: 4,', '{ skill: sql, level: 2,')
  edit('quiz/agent-in-production.mdx', '{ skill: ai-agents, level: 3, weight: 1.5 }', '{ skill: ai-agents, level: 3, weight: 0.5 }')
  return dir
}

const sqlNeed = (model: ScoringModel) => model.roles.find((r) => r.slug === 'data-engineer')?.needs.find((n) => n.skill === 'sql')?.level
const agentEvidence = (model: ScoringModel) =>
  model.questions
    .find((q) => q.slug === 'agent-in-production')
    ?.options.find((o) => o.id === 'design-agent')
    ?.evidence.find((e) => e.skill === 'ai-agents')?.weight

describe('the scoring model kept in memory', () => {
  it('is read once per content version and shared, frozen, by later calls', async () => {
    const first = await getScoringModel()
    expect(await getScoringModel()).toBe(first)
    expect(Object.isFrozen(first.roles[0]!.needs)).toBe(true)
  })

  it('is read again, questions and evidence included, after a re-seed changes the content version', async () => {
    const before = await getScoringModel()
    const versionBefore = await getContentVersion()
    expect([sqlNeed(before), agentEvidence(before)]).toEqual([4, 1.5])

    const client = createPrismaClient(process.env.DATABASE_URL)
    const reseeded = await seedStore(client, editedContent())
    await client.$disconnect()
    expect(reseeded.ok).toBe(true)
    expect(await getContentVersion()).not.toBe(versionBefore)

    const after = await getScoringModel()
    expect(after).not.toBe(before)
    expect([sqlNeed(after), agentEvidence(after)]).toEqual([2, 0.5])
    expect(await getScoringModel()).toBe(after)
  })
})
