import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/lib/chromium'

// `npm run audit:screenshots [origin] [paths…]`: full-page screenshots at 375 and 1280 px, light and dark, of a
// running site (default http://localhost:3000, as `npm start` serves it), written to screenshots/ for review.
const [origin = 'http://localhost:3000', ...given] = process.argv.slice(2)
const paths = given.length > 0 ? given : ['/', '/roles/mlops-engineer', '/compare/data-scientist/ml-engineer', '/skills', '/quiz', '/match', '/tracks']
const out = path.join(process.cwd(), 'screenshots')
fs.mkdirSync(out, { recursive: true })

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } })
      const page = await context.newPage()
      for (const pathname of paths) {
        await page.goto(origin + pathname, { waitUntil: 'networkidle' })
        const name = `${pathname.replace(/^\//, '').replace(/\//g, '_') || 'home'}-${width}-${colorScheme}.png`
        await page.screenshot({ path: path.join(out, name), fullPage: true })
        console.log(`screenshots/${name}`)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
}
