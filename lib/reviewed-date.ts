const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A stored YYYY-MM-DD date as "30 November 2026"; read as UTC so the day never shifts with the server's zone. */
export function formatReviewed(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? isoDate : FORMAT.format(date)
}
