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
