import fs from 'node:fs'
import path from 'node:path'
import { withGeneratedDocs } from '@/lib/content/docs'
import { defaultContentDir, loadContent } from '@/lib/content/load'

// `npm run content:docs`: rewrites the level rubric and the field tables in content/README.md
// from content/scale and the zod schemas in lib/content/schemas.ts.
const dir = defaultContentDir()
const file = path.join(dir, 'README.md')
const scale = loadContent(dir).corpus.scale.map((e) => e.data)
const before = fs.readFileSync(file, 'utf8')
const after = withGeneratedDocs(before, scale)
if (after === before) console.log(`${path.relative(process.cwd(), file)} is up to date`)
else {
  fs.writeFileSync(file, after)
  console.log(`${path.relative(process.cwd(), file)}: level rubric and field tables rewritten`)
}
