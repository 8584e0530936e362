import { array, catch as zCatch, config, enum as zEnum, int, literal, maximum, maxLength, minimum, nullable, number, object, optional, record, regex, string, trim, union } from 'zod/mini'
import type { infer as zInfer } from 'zod/mini'

// For modules that run in the browser. Named imports from zod/mini let the bundler keep only what is used
// (a namespace import drags in every locale), and jitless parsing avoids zod's eval probe (`new Function`),
// which the site's Content-Security-Policy forbids and the browser reports.
config({ jitless: true })

export const z = { array, catch: zCatch, enum: zEnum, int, literal, maximum, maxLength, minimum, nullable, number, object, optional, record, regex, string, trim, union }
export namespace z {
  export type infer<T> = zInfer<T>
}
