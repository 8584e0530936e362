/**
 * The comparison's "differences only" view lives in the address (`?differences=only`), so it can be shared, survives
 * a reload and is carried across a swap. Pure and browser-safe.
 */
export const DIFFERENCES_PARAM = 'differences'
export const DIFFERENCES_ONLY = 'only'

export function differencesOnly(search: string): boolean {
  return new URLSearchParams(search).get(DIFFERENCES_PARAM) === DIFFERENCES_ONLY
}

/** The query string for the view: empty for all rows. */
export function differencesSearch(only: boolean): string {
  return only ? `?${DIFFERENCES_PARAM}=${DIFFERENCES_ONLY}` : ''
}
