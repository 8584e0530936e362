import type { z } from 'zod'
import { firstProblem } from './match-schemas'

const MAX_BODY = 64 * 1024

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

function problem(error: string, field: string): Parsed<never> {
  return { ok: false, response: Response.json({ error, field }, { status: 400 }) }
}

/** Reads and validates a JSON body; every failure becomes a 400 naming the field, never a thrown error. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<Parsed<T>> {
  let text: string
  try {
    text = await request.text()
  } catch {
    return problem('The request body could not be read.', 'body')
  }
  if (text.length > MAX_BODY) return problem(`The request body is larger than ${MAX_BODY} bytes.`, 'body')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return problem('The request body is not valid JSON.', 'body')
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const p = firstProblem(parsed.error)
    return problem(p.error, p.field)
  }
  return { ok: true, data: parsed.data }
}

/** Drops the keys a strict optional shape lets through as undefined. */
export function definedEntries<V>(record: Record<string, V | undefined>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, V] => e[1] !== undefined))
}
