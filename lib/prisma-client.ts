import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { databaseUrl } from '@/lib/database-url'

export type { PrismaClient }

// better-sqlite3's `timeout` is SQLite's busy timeout: a reader waits for a seeding writer instead of failing.
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) })
}
