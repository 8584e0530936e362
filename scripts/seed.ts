import { formatReport } from '@/lib/content/problems'
import { createPrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'
import { readSourceTexts, skippedNote } from '@/lib/seed/source-texts'

const { dir, texts } = readSourceTexts()
if (!texts) console.log(skippedNote(dir))
const client = createPrismaClient()
try {
  const result = await seedStore(client, undefined, { sourceTexts: texts })
  if (!result.ok) {
    console.error(formatReport(result.problems))
    console.error('\nSeed refused: the store was left as it was.')
    process.exitCode = 1
  } else {
    const summary = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', ')
    console.log(`seeded ${result.files} files in ${result.ms} ms: ${summary}`)
  }
} finally {
  await client.$disconnect()
}
