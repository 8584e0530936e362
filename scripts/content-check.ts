import { checkContent } from '@/lib/content/check'
import { formatReport } from '@/lib/content/problems'

const started = performance.now()
const { problems, files } = checkContent()
const ms = Math.round(performance.now() - started)
if (problems.length > 0) {
  console.error(formatReport(problems))
  process.exit(1)
}
console.log(`content ok: ${files} files checked in ${ms} ms`)
