import path from 'node:path'
import { defineConfig } from 'vitest/config'

// `npm run test:serve`: real nginx in front of real `next start` instances (tests/serve), one file at a time.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/serve/**/*.test.ts'],
    globalSetup: ['tests/serve/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
