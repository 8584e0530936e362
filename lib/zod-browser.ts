import { z } from 'zod'

// For modules that run in the browser: zod's fast path probes for eval with `new Function`, which the
// site's Content-Security-Policy forbids and the browser reports as a violation. Jitless parsing avoids it.
z.config({ jitless: true })

export { z }
