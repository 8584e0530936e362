import { ENTRY_PAGES, entryPath } from '@/lib/routes'

// Where a changed file shows on the site: entries with a page link to it, quiz questions to the quiz, and the
// lifecycle's pieces to the lifecycle page. Files that have no place of their own (sources, the scale) get none.
const SECTION_PAGES: Record<string, string> = {
  quiz: '/quiz',
  maturity: '/lifecycle',
  phases: '/lifecycle',
  topics: '/lifecycle',
  figures: '/',
  ladder: '/lifecycle',
  tools: '/lifecycle',
  categories: '/skills',
  scenarios: '/lifecycle',
  changes: '/changes',
}

/** The page that shows a changed file, or null. Pure. */
export function touchHref(touch: { collection: string; slug: string }): string | null {
  const entry = ENTRY_PAGES.find((c) => c === touch.collection)
  if (entry) return entryPath(entry, touch.slug)
  return SECTION_PAGES[touch.collection] ?? null
}
