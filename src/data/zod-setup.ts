import { z } from 'zod'

/**
 * Zod, set up for a strict Content-Security-Policy. Zod compiles object parsers with
 * `new Function` unless told not to, and probes for it even in a try/catch; under
 * `default-src 'self'` (no 'unsafe-eval') that probe is reported as a CSP violation. The
 * setting is read when a schema is created, so every module that creates schemas imports
 * `z` from here, never from 'zod': however the bundler splits the chunks, the setting is
 * made before the first schema.
 */
z.config({ jitless: true })

export { z }
