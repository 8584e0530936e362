import fs from 'node:fs'
import path from 'node:path'
import { runOrExit } from '../lib/run'

// A bare Next.js app: the same installed versions (it resolves next and react from this repository's
// node_modules, one folder up), one server-rendered page, no client code of its own. What it loads and how long
// it blocks is the framework's floor, the yardstick for the app's pages.
export const BARE_DIR = path.join('.tmp', 'bare-next')

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, type: 'module' }),
  'next.config.mjs': 'export default { poweredByHeader: false }\n',
  'app/layout.jsx': `export const metadata = { title: 'Bare' }
export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>
}
`,
  'app/page.jsx': `export default function Page() {
  return <main><h1>A bare page</h1><p>Server-rendered text and no client code: the framework's own floor.</p></main>
}
`,
}

/** Writes the bare app and builds it unless an identical build is already there. */
export function buildBareApp(): string {
  const stamp = path.join(BARE_DIR, '.next', 'atlas-bare-stamp')
  const wanted = JSON.stringify(FILES)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return BARE_DIR
  fs.rmSync(BARE_DIR, { recursive: true, force: true })
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(BARE_DIR, file)), { recursive: true })
    fs.writeFileSync(path.join(BARE_DIR, file), text)
  }
  runOrExit('node_modules/.bin/next', ['build', BARE_DIR], 'Bare Next.js build')
  fs.writeFileSync(stamp, wanted)
  return BARE_DIR
}
