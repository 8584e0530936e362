// Lists every run of words the content shares with a source document, so editors can reword it. The same check
// runs inside `content:check` and the seed at 12 words; this script lets an editor try another length.
//   npx tsx scripts/content-overlap.ts [dir with the source texts, *.txt] [minWords]
// Runs made only of a source file's `allowedRuns` (titles, lists of names) are not reported.
import { loadContent } from '@/lib/content/load'
import { checkOverlaps, MIN_COPIED_WORDS } from '@/lib/content/overlap-check'
import { formatProblem } from '@/lib/content/problems'
import { readSourceTexts, skippedNote } from '@/lib/seed/source-texts'

const [dirArg, minArg] = process.argv.slice(2)
if (dirArg) process.env.SOURCE_TEXTS_DIR = dirArg
const minWords = minArg ? Number(minArg) : MIN_COPIED_WORDS
const { dir, texts } = readSourceTexts()
if (!texts) {
  console.log(skippedNote(dir))
  process.exit(2)
}
const problems = checkOverlaps(loadContent().corpus, texts, minWords)
for (const p of problems) console.log(formatProblem(p))
console.log(`${problems.length} run(s) of ${minWords}+ words shared with a source outside the allowed runs`)
process.exit(problems.length ? 1 : 0)
