import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { compileBodies } from '@/lib/content/bundle'
import { checkContent } from '@/lib/content/check'
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client'
import { hashContent, seedStore } from '@/lib/seed/seed'
import { writeStore } from '@/lib/seed/write-store'
import { migratedStore } from '../fixtures/store-snapshot'

const store = migratedStore('concurrent')
const content = path.resolve('content')
let writer: PrismaClient
let complete: string

beforeAll(async () => {
  writer = createPrismaClient(store.url)
  expect((await seedStore(writer, content)).ok).toBe(true)
  const roles = await writer.role.count()
  expect(roles).toBe(18)
  complete = `${roles}/${await writer.roleSkill.count()}/1`
})

afterAll(async () => {
  await writer.$disconnect()
  fs.rmSync(store.dir, { recursive: true, force: true })
})

type ReaderReport = { seen: Record<string, number>; times: number[]; errors: string[] }

it('never shows a concurrent reader an empty or half-written store while seeding repeatedly', async () => {
  const child = spawn('node_modules/.bin/tsx', ['tests/fixtures/store-reader.ts', store.url], { stdio: ['pipe', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  await expect.poll(() => output.includes('ready'), { timeout: 60_000, interval: 100 }).toBe(true)

  // Full seeds (validate, compile, write), then bare write transactions to give the reader more windows.
  const windows: Array<[number, number]> = []
  const timed = async (write: () => Promise<unknown>) => {
    const start = Date.now()
    await write()
    windows.push([start, Date.now()])
  }
  for (let i = 0; i < 2; i += 1) await timed(() => seedStore(writer, content))
  const { corpus } = checkContent(content)
  const { bodies } = await compileBodies(corpus)
  const contentHash = hashContent(content)
  for (let i = 0; i < 8; i += 1) await timed(() => writeStore(writer, corpus, bodies, contentHash))

  child.stdin.end('stop\n')
  await exited
  const report: ReaderReport = JSON.parse(output.slice(output.indexOf('{')))
  expect(report.errors).toEqual([])
  expect(report.times.length).toBeGreaterThan(50)
  // Every read saw all 18 roles and all their skills, never 0 and never a part.
  expect(Object.keys(report.seen)).toEqual([complete])
  const duringWrites = report.times.filter((t) => windows.some(([start, end]) => t > start && t < end))
  expect(duringWrites.length).toBeGreaterThan(0)
}, 180_000)
