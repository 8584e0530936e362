import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { generateCorpus } from '@/scripts/bench/corpus'
import { pidListeningOn, rssMb } from '@/scripts/bench/rss'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tools-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('generated benchmark corpus', () => {
  it('passes the same validation as shipped content, with the requested totals', () => {
    const dir = path.join(work, 'content')
    generateCorpus(path.join(process.cwd(), 'content'), dir, { roles: 30, skills: 50 })
    const { corpus, problems } = checkContent(dir)
    expect(problems).toEqual([])
    expect(corpus.roles).toHaveLength(30)
    expect(corpus.skills).toHaveLength(50)
    // Generated roles really use generated skills, so the seed writes their levels too.
    expect(corpus.roles.some((r) => r.data.skills.some((s) => s.skill.startsWith('generated-skill-')))).toBe(true)
  })
})

describe('server memory probe', () => {
  it('finds the process listening on a port and reads its resident memory', async () => {
    const server = http.createServer((_req, res) => res.end('ok'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      expect(pidListeningOn(port)).toBe(process.pid)
      expect(rssMb(process.pid)).toBeGreaterThan(10)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(pidListeningOn(port)).toBeNull()
  })
})
