import { collectionNames, type CollectionName } from './collections'
import type { Corpus } from './load'
import type { Problem } from './problems'
import type { SlugSets } from './references'

export type Touch = { collection: string; slug: string }

/** A `touches` item in one shape, whichever way it was written. Pure. */
export function touchOf(item: string | Touch): Touch {
  if (typeof item !== 'string') return item
  const [collection = '', slug = ''] = item.split('/')
  return { collection, slug }
}

const isCollection = (name: string): name is CollectionName => (collectionNames as string[]).includes(name)

/**
 * A changelog entry is named `<date>-<slug>` and may only name files that exist, so its links never lead to
 * a 404 and a renamed file shows up here. Reported at the entry's key or `touches` item. Pure.
 */
export function checkChanges(corpus: Corpus, sets: SlugSets): Problem[] {
  const problems: Problem[] = []
  for (const e of corpus.changes) {
    if (!e.slug.startsWith(`${e.data.date}-`)) {
      problems.push({ file: e.file, ...e.locate(['slug']), message: `field "slug": expected it to start with the date "${e.data.date}-"` })
    }
    e.data.touches.forEach((item, i) => {
      const { collection, slug } = touchOf(item)
      const at = typeof item === 'string' ? ['touches', i] : ['touches', i, 'slug']
      const known = isCollection(collection) && sets[collection].has(slug)
      if (known) return
      const why = isCollection(collection) ? `no content/${collection}/${slug}.mdx` : `no content folder "${collection}"`
      problems.push({ file: e.file, ...e.locate(at), message: `field "touches[${i}]": unknown file "${collection}/${slug}" (${why})` })
    })
  }
  return problems
}
