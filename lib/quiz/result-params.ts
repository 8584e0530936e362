import { z } from 'zod'

// The result URL is outside input: one `a` parameter of base-36 characters, nothing else needed.
export const resultQuerySchema = z.object({
  a: z.string({ error: 'The link has no answers in it.' }).min(1, { error: 'The link has no answers in it.' }).max(200, { error: 'The link is far too long to be a quiz result.' }),
})
