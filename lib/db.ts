import 'server-only'
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client'

const globalForDb = globalThis as unknown as { atlasDb?: PrismaClient }

// One client per process; the dev server's module reloads would otherwise open a new connection each time.
export const db: PrismaClient = globalForDb.atlasDb ?? createPrismaClient()
if (process.env.NODE_ENV !== 'production') globalForDb.atlasDb = db
