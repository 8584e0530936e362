import { checkContent } from '@/lib/content/check'
import { formatReport } from '@/lib/content/problems'
import { readSourceTexts, skippedNote } from '@/lib/seed/source-texts'

const started = performance.now()
const { dir, texts } = readSourceTexts()
if (!texts) console.log(skippedNote(dir))
const { problems, files } = checkContent(undefined, { sourceTexts: texts })
const ms = Math.round(performance.now() - started)
if (problems.length > 0) {
  console.error(formatReport(problems))
  process.exit(1)
}
console.log(`content ok: ${files} files checked in ${ms} ms${texts ? `, no copying from ${texts.length} source texts` : ''}`)
