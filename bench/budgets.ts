import { PAGE_ADDRESSES } from './page-addresses'

// Page-weight budgets for a phone on a slow link. tests/e2e/budgets.spec.ts holds the production build to them in
// `npm test`; `npm run audit` reports the same measures. HTML is the uncompressed document as served, including
// the inline React Server Components payload (which repeats the markup), in KB of 1,024 bytes.
export const HTML_BUDGET_KB = {
  /** Every role page. */
  role: 115,
  /** Every ordered pair. */
  compare: 135,
  /** The skills matrix, `/skills`. */
  matrix: 130,
  /** `/`. */
  home: 30,
} as const

/**
 * Where the role and comparison budgets are headed. Not reached: every word of a page is sent twice (as HTML and
 * again in the payload that hydrates it), and a role page's text alone is about 16 KB, so text, the page frame and
 * Next's own payload come to about 40 KB before any markup. The budgets above hold what has been reached (about
 * 5 % over the heaviest page) so nothing grows back; bench/audit.md shows both.
 */
export const HTML_TARGET_KB = { role: 55, compare: 75, matrix: 130, home: 30 } as const

/** First-load JavaScript a page adds to what a bare Next.js page loads, gzip KB. */
export const JS_ABOVE_BARE_KB = 8

/**
 * Pages held to a JavaScript budget of their own, gzip KB above bare. `/me` is the one page that works only in the
 * browser: it reads the saved profile from local storage, checks it against the profile schema (the schema library
 * is about 16 KB) and scores it there (about 16 KB of the app's own code), so it cannot show anything without both.
 */
export const JS_ABOVE_BARE_KB_FOR: Readonly<Record<string, number>> = { '/me': 40 }

/**
 * What a bare Next.js 16.4 page (no client code) loads besides the root main files the build manifest lists:
 * the app router's own client components (layout router, page root, access-fallback boundary). A page's first-load
 * JavaScript minus the root main files minus this is what the app adds. Measured by `npm run audit`, which builds
 * a real bare page and fails when this drifts from it by more than half a KB (e.g. after a Next.js upgrade).
 */
export const BARE_NON_ROOT_JS_KB = 3.5

/** Pages whose first-load JavaScript is held to the budget: one of every page type that has a fixed address. */
export const JS_ROUTES = Object.values(PAGE_ADDRESSES).filter(Boolean)
