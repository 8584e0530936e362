import { buildApp, prepareStore } from './lib/prepare'

prepareStore()
buildApp({ force: false })
