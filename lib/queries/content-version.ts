import { db } from '@/lib/db'

/** Hash of the content the store was last seeded from; changes on every successful re-seed. */
export async function getContentVersion(): Promise<string> {
  const row = await db.seedInfo.findUnique({ where: { id: 1 }, select: { contentHash: true } })
  return row?.contentHash ?? ''
}
