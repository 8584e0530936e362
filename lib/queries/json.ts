import { z } from 'zod'

const stringList = z.array(z.string())

// JSON columns are written by the seed, but they are still outside data when read back: parse, don't cast.
export function parseStringList(raw: string): string[] {
  return stringList.parse(JSON.parse(raw))
}

export function parseJson<T>(schema: z.ZodType<T>, raw: string): T {
  return schema.parse(JSON.parse(raw))
}
