import { db } from '@/lib/db'

/** Hash of the content the store was last seeded from; changes on every successful re-seed. */
export async function getContentVersion(): Promise<string> {
  const row = await db.seedInfo.findUnique({ where: { id: 1 }, select: { contentHash: true } })
  return row?.contentHash ?? ''
}

/**
 * Keeps the last value a loader produced for a content version. React's `cache()` lasts one render and does not
 * span route-handler requests, so without this every match request re-read the whole model. A re-seed changes
 * the version, so the next call loads afresh without a restart. The version is read before the load: if a
 * re-seed lands mid-load, the value is filed under the old version and replaced on the next call.
 * The value is shared by every request, so it is frozen.
 */
function byVersion<T extends object>(load: () => Promise<T>): (version: string) => Promise<T> {
  let held: { version: string; value: Promise<T> } | null = null
  return (version) => {
    if (held?.version === version) return held.value
    const entry = { version, value: load().then(deepFreeze) }
    held = entry
    entry.value.catch(() => {
      if (held === entry) held = null
    })
    return entry.value
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

// Requests that arrive while a version read is under way share it instead of queueing the same query again.
let versionRead: Promise<string> | null = null
function contentVersion(): Promise<string> {
  versionRead ??= getContentVersion().finally(() => {
    versionRead = null
  })
  return versionRead
}

/** A loader whose value is read from the store once per content version and then shared by every request. */
export function perContentVersion<T extends object>(load: () => Promise<T>): () => Promise<T> {
  const held = byVersion(load)
  return async () => held(await contentVersion())
}
