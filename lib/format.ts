// Money as the site writes it, in the currency the content names: compact for ranges ("$130K–$210K"), in full for
// a single published figure ("$112,590").
const compact = (currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 0 })
const full = (currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 })

export function formatMoneyRange(min: number, max: number, currency: string): string {
  const format = compact(currency)
  return `${format.format(min)}–${format.format(max)}`
}

export function formatMoney(amount: number, currency: string): string {
  return full(currency).format(amount)
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2024-05" → "May 2024"; anything else is returned as it is. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined
  return match && name ? `${name} ${match[1]}` : month
}

/** A projection span as publishers write it: 2024 and 2034 → "2024–34"; spans across a century stay in full. */
export function formatYearSpan(from: number, to: number): string {
  return Math.floor(from / 100) === Math.floor(to / 100) ? `${from}–${String(to % 100).padStart(2, '0')}` : `${from}–${to}`
}

/** A published percent change with its sign: 34 → "+34%", -4 → "−4%", 0 → "0%". */
export function formatPercentChange(percent: number): string {
  const size = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(Math.abs(percent))
  return percent > 0 ? `+${size}%` : percent < 0 ? `−${size}%` : '0%'
}
