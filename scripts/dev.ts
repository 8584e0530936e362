import { watch } from 'chokidar'
import { defaultContentDir } from '@/lib/content/load'
import { formatReport } from '@/lib/content/problems'
import { createPrismaClient } from '@/lib/prisma-client'
import { seedStore } from '@/lib/seed/seed'
import { runOrExit, serve, toolEnv } from './lib/run'

// `npm run dev`: seed once, start `next dev`, and re-validate + re-seed whenever a content file is saved.
const port = process.env.PORT ?? '3000'
const dir = defaultContentDir()
runOrExit('node_modules/.bin/prisma', ['migrate', 'deploy'], 'Database migration')

const client = createPrismaClient()
let running = false
let again = false

async function reseed(reason: string) {
  if (running) {
    again = true
    return
  }
  running = true
  try {
    const result = await seedStore(client, dir)
    if (result.ok) console.log(`[content] ${reason}: re-seeded ${result.files} files in ${result.ms} ms`)
    else console.error(`[content] ${reason}: refused, the site keeps the last good content\n${formatReport(result.problems)}`)
  } catch (error) {
    console.error('[content] seeding failed, the store was left as it was:', error)
  } finally {
    running = false
    if (again) {
      again = false
      void reseed('further changes')
    }
  }
}

await reseed('start')
let timer: NodeJS.Timeout | undefined
watch(dir, { ignoreInitial: true }).on('all', (event, file) => {
  clearTimeout(timer)
  timer = setTimeout(() => void reseed(`${event} ${file}`), 150)
})
console.log(`[content] watching ${dir}`)
serve('node_modules/.bin/next', ['dev', '-p', port], { ...toolEnv, PORT: port })
