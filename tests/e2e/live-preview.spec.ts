import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

// `npm run dev` as an editor uses it: a copy of content/ is edited while a role page is open, and the page
// follows the saved file without a reload; a broken save is reported with file:line:col and changes nothing.
// This test starts its own dev server (own content copy, store, port and build folder) and stops it at the end.

test.describe.configure({ mode: 'serial' })

const SLUG = 'ml-engineer'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

let dev: ChildProcess | undefined
let output = ''
let tmp = ''

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('dev-server-output', { body: output, contentType: 'text/plain' })
})

test.afterAll(() => {
  // The dev script starts `next dev` as its own child: stop the whole process group.
  if (dev?.pid && dev.exitCode === null) {
    try {
      process.kill(-dev.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

test('the open role page follows saved edits and keeps the last good content on a broken save', async ({ page }) => {
  // Generous on purpose: on a busy two-core machine the first `next dev` compile alone can take minutes. Every
  // wait below is for a signal (the server answering, the text appearing), never a fixed delay.
  test.setTimeout(300_000)
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-live-'))
  const content = path.join(tmp, 'content')
  fs.cpSync('content', content, { recursive: true })
  const file = path.join(content, 'roles', `${SLUG}.mdx`)
  const port = await freePort()
  // localhost, not 127.0.0.1: `next dev` refuses its HMR socket to other origins, and the client then reloads.
  const base = `http://localhost:${port}`

  dev = spawn('node_modules/.bin/tsx', ['scripts/dev.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CONTENT_DIR: content,
      DATABASE_URL: `file:${path.join(tmp, 'store.db')}`,
      PORT: String(port),
      NEXT_DIST_DIR: '.next-live',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))

  // The first `next dev` compile on two cores takes a while.
  await expect
    .poll(
      async () => {
        if (dev?.exitCode !== null) throw new Error(`dev server exited:\n${output}`)
        return fetch(`${base}/api/content-version`).then((r) => r.status, () => 0)
      },
      { timeout: 200_000, intervals: [500] },
    )
    .toBe(200)
  // Warm the role route (its first compile) before the browser opens it, so the timed part below measures the
  // live preview, not the compiler.
  await expect
    .poll(() => fetch(`${base}/roles/${SLUG}`).then((r) => r.status, () => 0), { timeout: 200_000, intervals: [1000] })
    .toBe(200)

  // The page's first check of the store's version is held back until the edit below is in the store, as on a busy
  // machine where the page hydrates after a re-seed: the page must still see that its content is older.
  let release = () => {}
  const versionHeld = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/content-version', async (route) => {
    await versionHeld
    await route.continue()
  })
  await page.goto(`${base}/roles/${SLUG}`, { timeout: 60_000 })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
  // A global on the live window: a reload would drop it, a React refresh keeps it.
  await page.evaluate(() => Reflect.set(window, 'liveMarker', 'kept'))
  const marker = () => page.evaluate(() => Reflect.get(window, 'liveMarker'))

  const original = fs.readFileSync(file, 'utf8')
  const summary = `Edited live at ${Date.now()}: writes the production code that trains and serves models.`
  const edited = original.replace(/^summary: .*$/m, `summary: "${summary}"`)
  expect(edited).not.toBe(original)
  const beforeEdit = output.length
  fs.writeFileSync(file, edited)
  await expect.poll(() => output.slice(beforeEdit), { timeout: 60_000 }).toMatch(/\[content\] .*re-seeded/)
  release()

  await expect(page.getByText(summary).first()).toBeVisible({ timeout: 90_000 })
  expect(await marker()).toBe('kept')
  const goodVersion = await (await fetch(`${base}/api/content-version`)).json()

  // Break the file: the first skill level goes above the scale's top (content/scale defines 0–4).
  const lines = edited.split('\n')
  const index = lines.findIndex((line) => /^\s+- \{ skill: [a-z-]+, level: \d/.test(line))
  expect(index).toBeGreaterThan(0)
  lines[index] = lines[index]!.replace(/level: \d/, 'level: 9')
  const column = lines[index]!.indexOf('level: 9') + 1
  const expected = `content/roles/${SLUG}.mdx:${index + 1}:${column}  field "skills[0].level": expected a level from 0 to 4 (the scale in content/scale), found 9`
  const mark = output.length
  let polls = 0
  page.on('request', (request) => {
    if (request.url().endsWith('/api/content-version')) polls += 1
  })
  fs.writeFileSync(file, lines.join('\n'))

  await expect.poll(() => output.slice(mark), { timeout: 60_000 }).toContain(expected)
  expect(output.slice(mark)).toContain('refused, the site keeps the last good content')
  // Let the page poll a few more times: it keeps the last good content and is still the same document.
  const pollsAtRefusal = polls
  await expect.poll(() => polls, { timeout: 30_000 }).toBeGreaterThanOrEqual(pollsAtRefusal + 2)
  expect(await (await fetch(`${base}/api/content-version`)).json()).toEqual(goodVersion)
  await expect(page.getByText(summary).first()).toBeVisible()
  expect(await marker()).toBe('kept')
})
