import { execSync } from 'node:child_process'
import fs from 'node:fs'
import { CHROMIUM_PATH } from '@/lib/chromium'

// Browser tests need Debian's Chromium. Install it when we can (root with apt); otherwise say exactly what to do.
if (fs.existsSync(CHROMIUM_PATH)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = fs.existsSync('/usr/bin/apt-get')
if (isRoot && hasApt && CHROMIUM_PATH === '/usr/bin/chromium') {
  console.log('Chromium is missing: installing Debian’s chromium package (about a minute)…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
  if (fs.existsSync(CHROMIUM_PATH)) process.exit(0)
}
console.error(
  [
    `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there.`,
    'Install it with:   sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
)
process.exit(1)
