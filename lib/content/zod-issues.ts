import type { z } from 'zod'

export function pathLabel(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`))
    .join('')
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data
  for (const seg of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = Reflect.get(current, seg)
  }
  return current
}

// Turns a zod issue into "what was expected, what was found" wording for editors.
// `describe` gives the schema's own words for a field, so a missing field says what belongs there.
export function issueMessage(
  issue: z.core.$ZodIssue,
  data: unknown,
  describe: (path: readonly PropertyKey[]) => string | undefined = () => undefined,
): { path: PropertyKey[]; message: string } {
  const path = [...issue.path]
  const value = valueAt(data, path)
  const field = pathLabel(path)
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        const what = describe(path)
        return { path, message: `missing required field "${field}" (expected ${issue.expected}${what ? `: ${what}` : ''})` }
      }
      return { path, message: `field "${field}": expected ${issue.expected}, found ${describeValue(value)}` }
    case 'unrecognized_keys':
      return {
        path: [...path, issue.keys[0] ?? ''],
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${pathLabel([...path, k])}"`).join(', ')} (not in the schema; check the spelling)`,
      }
    case 'invalid_value':
      return {
        path,
        message: `field "${field}": expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeValue(value)}`,
      }
    case 'invalid_union':
      return { path, message: `field "${field}": expected a slug or an object of the documented shape, found ${describeValue(value)}` }
    default:
      return { path, message: `field "${field}": ${issue.message}, found ${describeValue(value)}` }
  }
}
