import { z } from 'zod'
import { slugSchema } from '@/lib/params'

// The picker submits `?a=…&b=…`; anything else (missing, repeated, malformed) is a problem to explain, not a crash.
const pickedSlug = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().pipe(slugSchema))

export const pickerQuerySchema = z.object({ a: pickedSlug, b: pickedSlug })

export type PickerProblem = { field: 'a' | 'b' | null; message: string }

/**
 * Checks a picker submission against the known roles: either the canonical pair to go to, or
 * what to tell the person. An empty query is neither: it is just the picker.
 */
export function checkPick(
  query: Record<string, string | string[] | undefined>,
  known: Map<string, string>,
): { kind: 'empty' } | { kind: 'pair'; a: string; b: string } | { kind: 'problem'; problem: PickerProblem } {
  if (query.a === undefined && query.b === undefined) return { kind: 'empty' }
  const parsed = pickerQuerySchema.safeParse(query)
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === 'b' ? 'b' : 'a'
    return { kind: 'problem', problem: { field, message: `Pick a ${field === 'a' ? 'first' : 'second'} role from the list.` } }
  }
  const { a, b } = parsed.data
  if (!known.has(a)) return { kind: 'problem', problem: { field: 'a', message: `There is no role called “${a}”. Pick one from the list.` } }
  if (!known.has(b)) return { kind: 'problem', problem: { field: 'b', message: `There is no role called “${b}”. Pick one from the list.` } }
  if (a === b) {
    return { kind: 'problem', problem: { field: 'b', message: `You picked ${known.get(a)} twice. Pick another role to compare it with.` } }
  }
  return { kind: 'pair', a, b }
}
