import path from 'node:path'

// One place decides where the SQLite file lives, so the CLI, the seed, the tests and the server agree.
export function databaseUrl(): string {
  const fromEnv = process.env.DATABASE_URL
  if (fromEnv) return fromEnv
  return `file:${path.join(process.cwd(), 'prisma', 'dev.db')}`
}
