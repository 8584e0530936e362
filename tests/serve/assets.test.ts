import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { pruneAssets, publishAssets } from '@/scripts/cluster/assets'
import type { Release } from '@/scripts/cluster/release'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-assets-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** A stand-in release whose build produced exactly `files` under static/. */
function release(id: string, files: string[]): Release {
  const staticDir = path.join(work, 'builds', id, 'static')
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(staticDir, file)), { recursive: true })
    fs.writeFileSync(path.join(staticDir, file), `${id}:${file}`)
  }
  return { id, distDir: path.join(work, 'builds', id), store: '', staticDir }
}

const served = (runDir: string) => path.join(runDir, 'assets', '_next', 'static')
const listed = (runDir: string) =>
  fs.readdirSync(served(runDir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(served(runDir), path.join(e.parentPath, e.name))).sort()

it('serves every kept release’s assets side by side and deletes only files no kept release uses', () => {
  const runDir = path.join(work, 'run')
  const releases = [
    release('r1', ['chunks/shared.js', 'chunks/r1.js', 'b1/_buildManifest.js']),
    release('r2', ['chunks/shared.js', 'chunks/r2.js', 'b2/_buildManifest.js']),
    release('r3', ['chunks/r3.js', 'b3/_buildManifest.js']),
    release('r4', ['chunks/r4.js', 'b4/_buildManifest.js']),
  ]
  for (const r of releases) publishAssets(runDir, r)
  expect(fs.readFileSync(path.join(served(runDir), 'chunks/shared.js'), 'utf8')).toBe('r1:chunks/shared.js') // never overwritten

  pruneAssets(runDir, ['r4', 'r3', 'r2'])
  expect(listed(runDir)).toEqual(['b2/_buildManifest.js', 'b3/_buildManifest.js', 'b4/_buildManifest.js', 'chunks/r2.js', 'chunks/r3.js', 'chunks/r4.js', 'chunks/shared.js'])
  expect(fs.existsSync(path.join(served(runDir), 'b1')), 'the emptied folder of r1 goes too').toBe(false)
})
