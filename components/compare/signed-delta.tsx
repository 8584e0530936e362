import { RoleMark } from './role-mark'

/**
 * A difference b − a, written so it reads without colour: the sign, the size and (for screen readers)
 * which role is higher; the mark repeats that role's colour.
 */
export function SignedDelta({ delta, a, b, decimals = 0 }: { delta: number; a: string; b: string; decimals?: number }) {
  const size = Math.abs(delta).toFixed(decimals)
  if (delta === 0) return <span className="tabular-nums text-muted">0<span className="sr-only"> (same level)</span></span>
  const higher = delta > 0 ? b : a
  return (
    <span className="delta">
      <RoleMark side={delta > 0 ? 'b' : 'a'} />
      {/* One text node each: adjacent ones cost a separator in the HTML and an array in the payload. */}
      {`${delta > 0 ? '+' : '−'}${size}`}
      <span className="sr-only">{` (higher for ${higher})`}</span>
    </span>
  )
}
