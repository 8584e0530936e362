/**
 * Three check characters for a code carried in a URL. The first is a position-weighted sum modulo the prime 31
 * (as in ISBN check digits): it catches a single changed character unless the two characters' values differ by
 * 31. The other two hash the digits together with a fingerprint of what the code refers to (the quiz's questions,
 * the site's skills): they catch what the first misses all but once in 1,296, and refuse a code made for a
 * different version of it. Pure and dependency-free, for browser and server alike.
 */
export const CHECK_LENGTH = 3
const PRIME = 31

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

// A base-36 digit counts as its value; any other URL-safe character (a separator) by its code.
const valueOf = (char: string) => {
  const value = parseInt(char, 36)
  return Number.isNaN(value) ? char.charCodeAt(0) % 36 : value
}

/** The check for `digits` (base-36 digits, possibly with separators) under `fingerprint`. */
export function checkChars(fingerprint: string, digits: string): string {
  let weighted = 0
  for (let i = 0; i < digits.length; i++) weighted += ((i % (PRIME - 1)) + 1) * valueOf(digits[i] ?? '0')
  const hash = (fnv1a(`${fingerprint}|${digits}`) % 36 ** 2).toString(36).padStart(2, '0')
  return (weighted % PRIME).toString(36) + hash
}
