// Lists every run of 12 or more words that the content shares with a source document, so editors can reword it.
//   npx tsx scripts/content-overlap.ts <dir with the source texts, *.txt> [minWords]
// Exits non-zero when a run is found that is not on the allowed list below.
import fs from 'node:fs'
import path from 'node:path'
import { defaultContentDir } from '@/lib/content/load'
import { findSourceOverlaps, tokenize, type SiteText } from '@/lib/content/source-overlap'

// Runs the house rules allow to match a source: titles, proper names and lists of tool or certification names.
// Each entry is compared after the detector's own normalisation, and must be contained in the hit.
const ALLOWED: Array<{ run: string; why: string }> = [
  {
    run: 'AWS Certified Machine Learning Specialty Google Professional Machine Learning Engineer Azure AI Engineer Associate Certified Kubernetes Administrator (CKA)',
    why: 'a list of certification names',
  },
  { run: 'The Emergence of the MLOps Engineer: From MLE/DevOps to AI Platform Engineering', why: 'the title of a source' },
]

const [sourcesDir, minArg] = process.argv.slice(2)
if (!sourcesDir) {
  console.error('usage: npx tsx scripts/content-overlap.ts <sources dir> [minWords]')
  process.exit(2)
}
const minWords = minArg ? Number(minArg) : 12
const contentDir = defaultContentDir()

function mdxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) return mdxFiles(full)
    return d.name.endsWith('.mdx') ? [full] : []
  })
}

// Components render as the linked entry's name, so the check reads that name in their place.
function names(collection: string): Map<string, string> {
  const map = new Map<string, string>()
  const dir = path.join(contentDir, collection)
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const name = /^name:\s*"?([^"\n]+)"?\s*$/m.exec(fs.readFileSync(path.join(dir, file), 'utf8'))?.[1]
    if (name) map.set(file.replace(/\.mdx$/, ''), name)
  }
  return map
}
const roleNames = names('roles')
const skillNames = names('skills')

function asRendered(text: string): string {
  return text
    .replace(/<(RoleLink|SkillLink)\s+slug="([^"]+)"\s*>([^<]*)<\/\1>/g, (_m, _c, _s, inner: string) => inner)
    .replace(/<RoleLink\s+slug="([^"]+)"\s*\/>/g, (_m, slug: string) => roleNames.get(slug) ?? slug)
    .replace(/<SkillLink\s+slug="([^"]+)"\s*\/>/g, (_m, slug: string) => skillNames.get(slug) ?? slug)
    .replace(/<SkillBadge\s+skill="([^"]+)"[^>]*\/>/g, (_m, slug: string) => skillNames.get(slug) ?? slug)
    .replace(/<\/?Callout[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}

const site: SiteText[] = mdxFiles(contentDir).map((file) => ({
  file: path.relative(process.cwd(), file),
  line: 1,
  text: asRendered(fs.readFileSync(file, 'utf8')),
}))
const sources = fs
  .readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(sourcesDir, f), 'utf8') }))

const normal = (s: string) => tokenize(s).map((t) => t.word).join(' ')
const allowed = ALLOWED.map((a) => ({ ...a, norm: normal(a.run) }))
let blocking = 0
for (const hit of findSourceOverlaps(site, sources, minWords)) {
  const allow = allowed.find((a) => normal(hit.run).includes(a.norm))
  if (!allow) blocking++
  console.log(`${hit.file}:${hit.line}  ${hit.words} words from ${hit.source}${allow ? ` (allowed: ${allow.why})` : ''}\n    ${hit.run}`)
}
console.log(`${blocking} run(s) of ${minWords}+ words shared with a source${blocking ? '' : ' outside the allowed list'}`)
process.exit(blocking ? 1 : 0)
