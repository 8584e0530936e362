import type { z } from 'zod'
import { firstProblem } from './match-schemas'

export const MAX_BODY = 64 * 1024

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response }

function problem(error: string, field: string): Parsed<never> {
  return { ok: false, response: Response.json({ error, field }, { status: 400 }) }
}

const TOO_LARGE = `The request body is larger than ${MAX_BODY} bytes.`

/**
 * The body as text, or null once it passes `max` bytes. A declared Content-Length over the limit is refused
 * without reading anything, and an undeclared or understated body stops being read at the limit, so an
 * oversized request costs at most `max` bytes of memory.
 */
async function readCapped(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > max) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

/** Reads a JSON body; every failure becomes a 400 naming the field, never a thrown error. */
export async function readJsonBody(request: Request): Promise<Parsed<unknown>> {
  let text: string | null
  try {
    text = await readCapped(request, MAX_BODY)
  } catch {
    return problem('The request body could not be read.', 'body')
  }
  if (text === null) return problem(TOO_LARGE, 'body')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return problem('The request body is not valid JSON.', 'body')
  }
  return { ok: true, data: value }
}

/** Validates a parsed body against a schema: its data, or a 400 naming the first field that fails. */
export function validateBody<T>(value: unknown, schema: z.ZodType<T>): Parsed<T> {
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
