/**
 * Standard occupations (the U.S. Standard Occupational Classification) as the site uses them: the code's shape,
 * and whether a published period lies ahead of a given day, which would mean the figure cannot have been
 * published yet. Pure, so the content check and its tests share it.
 */

/** A SOC code: two digits, a dash, four digits ("15-2051"). */
export const SOC_PATTERN = /^\d{2}-\d{4}$/

/** True when the month (YYYY-MM) is after the month of `today` (YYYY-MM-DD); ISO strings compare as text. */
export function monthIsAfter(month: string, today: string): boolean {
  return month > today.slice(0, 7)
}

/** True when the year is after the year of `today` (YYYY-MM-DD). */
export function yearIsAfter(year: number, today: string): boolean {
  return year > Number(today.slice(0, 4))
}
