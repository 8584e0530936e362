import { buildApp, prepareStore } from './lib/prepare'
import { serve, toolEnv } from './lib/run'

// `npm start`: migrate, seed, build when an input changed, then serve the production app.
const port = process.env.PORT ?? '3000'
prepareStore()
buildApp({ force: false })
console.log(`\nMLOps Atlas: http://localhost:${port}\n`)
serve('node_modules/.bin/next', ['start', '-p', port], { ...toolEnv, PORT: port })
