import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { compileBodies } from '@/lib/content/bundle'
import { checkContent, type CheckOptions } from '@/lib/content/check'
import { defaultContentDir } from '@/lib/content/load'
import type { Problem } from '@/lib/content/problems'
import type { PrismaClient } from '@/lib/prisma-client'
import { writeStore } from './write-store'

export type SeedResult =
  | { ok: true; files: number; counts: Record<string, number>; contentHash: string; ms: number }
  | { ok: false; problems: Problem[]; ms: number }

export function hashContent(dir: string): string {
  const hash = createHash('sha256')
  const walk = (folder: string) => {
    for (const item of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, item.name)
      if (item.isDirectory()) walk(full)
      else if (item.name.endsWith('.mdx')) hash.update(path.relative(dir, full)).update('\0').update(fs.readFileSync(full)).update('\0')
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return hash.digest('hex')
}

// Validates, compiles and writes; bad content is refused before the store is touched.
export async function seedStore(client: PrismaClient, dir: string = defaultContentDir(), options: CheckOptions = {}): Promise<SeedResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const { corpus, problems, files } = checkContent(dir, options)
  if (problems.length > 0) return { ok: false, problems, ms: elapsed() }
  const compiled = await compileBodies(corpus)
  if (compiled.problems.length > 0) return { ok: false, problems: compiled.problems, ms: elapsed() }
  const contentHash = hashContent(dir)
  await client.$queryRawUnsafe('PRAGMA journal_mode=WAL')
  await writeStore(client, corpus, compiled.bodies, contentHash)
  const counts = Object.fromEntries(Object.entries(corpus).map(([name, list]) => [name, list.length]))
  return { ok: true, files, counts, contentHash, ms: elapsed() }
}
