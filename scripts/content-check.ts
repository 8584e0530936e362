// Imports the steps, not '@/lib/content/check': the MDX parser then loads only when a body changed.
import { checkContentAsync } from '@/lib/content/check-steps'
import { defaultContentDir } from '@/lib/content/load'
import { formatReport } from '@/lib/content/problems'

const started = performance.now()
const { problems, files } = await checkContentAsync(defaultContentDir())
const ms = Math.round(performance.now() - started)
if (problems.length > 0) {
  console.error(formatReport(problems))
  process.exit(1)
}
console.log(`content ok: ${files} files checked in ${ms} ms`)
