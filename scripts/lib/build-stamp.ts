import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const INPUTS = ['app', 'components', 'lib', 'content', 'public', 'prisma/schema.prisma', 'package-lock.json', 'next.config.mjs', 'postcss.config.mjs']
const distDir = () => process.env.NEXT_DIST_DIR ?? '.next'

// A hash of everything a production build depends on, so `npm start` rebuilds only when something changed.
export function inputsHash(root = process.cwd()): string {
  const hash = createHash('sha256')
  const add = (target: string) => {
    if (!fs.existsSync(target)) return
    const stat = fs.statSync(target)
    if (stat.isDirectory()) {
      if (target.endsWith(path.join('lib', 'generated'))) return
      for (const name of fs.readdirSync(target).sort()) add(path.join(target, name))
    } else {
      hash.update(path.relative(root, target)).update(fs.readFileSync(target))
    }
  }
  for (const input of INPUTS) add(path.join(root, input))
  return hash.digest('hex')
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(distDir(), 'BUILD_ID')) && fs.existsSync(stampPath()) && fs.readFileSync(stampPath(), 'utf8') === inputsHash()
}

export function writeBuildStamp(hash: string) {
  fs.writeFileSync(stampPath(), hash)
}

function stampPath() {
  return path.join(distDir(), 'atlas-build-stamp')
}
