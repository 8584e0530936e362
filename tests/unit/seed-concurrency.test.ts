import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { z } from 'zod'
import { checkContent } from '@/lib/content/check'
import { createPrismaClient } from '@/lib/prisma-client'
import { hashContent, seedStore } from '@/lib/seed/seed'
import { writeStore, type Bodies } from '@/lib/seed/write-store'
import { seededStoreCopy } from '../fixtures/store'

// A private copy of the full seeded store: the shipped corpus makes write transactions long enough to read during.
const store = seededStoreCopy()
const content = path.resolve('content')
const writer = createPrismaClient(store.url)
const complete = `${await writer.role.count()}/${await writer.roleSkill.count()}/1`

afterAll(async () => {
  await writer.$disconnect()
  store.remove()
})

async function storedBodies(): Promise<Bodies> {
  const select = { select: { slug: true, body: true } }
  const lists = await Promise.all([
    writer.skill.findMany(select).then((rows) => ['skills', rows] as const),
    writer.role.findMany(select).then((rows) => ['roles', rows] as const),
    writer.track.findMany(select).then((rows) => ['tracks', rows] as const),
    writer.maturityLevel.findMany(select).then((rows) => ['maturity', rows] as const),
    writer.lifecyclePhase.findMany(select).then((rows) => ['phases', rows] as const),
    writer.ladderLevel.findMany(select).then((rows) => ['ladder', rows] as const),
    writer.topic.findMany(select).then((rows) => ['topics', rows] as const),
    writer.scenario.findMany(select).then((rows) => ['scenarios', rows] as const),
  ])
  return new Map(lists.flatMap(([collection, rows]) => rows.map((r): [string, string] => [`${collection}/${r.slug}`, r.body])))
}

const readerReport = z.object({ seen: z.record(z.string(), z.number()), times: z.array(z.number()), errors: z.array(z.string()) })

it('never shows a concurrent reader an empty or half-written store while seeding repeatedly', async () => {
  const { corpus } = checkContent(content)
  expect(complete).toBe(`${corpus.roles.length}/${corpus.roles.reduce((n, r) => n + r.data.skills.length, 0)}/1`)
  const child = spawn('node_modules/.bin/tsx', ['tests/fixtures/store-reader.ts', store.url], { stdio: ['pipe', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  await expect.poll(() => output.includes('ready'), { timeout: 60_000, interval: 100 }).toBe(true)

  // A full seed (validate, compile, write), then bare write transactions to give the reader more windows;
  // those reuse the compiled bodies the seed stored rather than compiling every body again.
  const windows: Array<[number, number]> = []
  const timed = async (write: () => Promise<unknown>) => {
    const start = Date.now()
    await write()
    windows.push([start, Date.now()])
  }
  await timed(() => seedStore(writer, content))
  const bodies = await storedBodies()
  expect(bodies.size).toBe(corpus.skills.length + corpus.roles.length + corpus.tracks.length + corpus.maturity.length +
    corpus.phases.length + corpus.ladder.length + corpus.topics.length + corpus.scenarios.length)
  const contentHash = hashContent(content)
  for (let i = 0; i < 4; i += 1) await timed(() => writeStore(writer, corpus, bodies, contentHash))

  child.stdin.end('stop\n')
  await exited
  const report = readerReport.parse(JSON.parse(output.slice(output.indexOf('{'))))
  expect(report.errors).toEqual([])
  expect(report.times.length).toBeGreaterThan(50)
  // Every read saw all roles and all their skills, never none and never a part.
  expect(Object.keys(report.seen)).toEqual([complete])
  const duringWrites = report.times.filter((t) => windows.some(([start, end]) => t > start && t < end))
  expect(duringWrites.length).toBeGreaterThan(0)
}, 180_000)
