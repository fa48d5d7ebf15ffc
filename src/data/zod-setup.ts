import { z } from 'zod'

/**
 * Zod compiles object parsers with `new Function` unless told not to, and probes for it
 * even in a try/catch; under `default-src 'self'` (no 'unsafe-eval') that probe is reported
 * as a CSP violation. Imported first by each entry (main.tsx, embed.tsx), before any schema
 * is built, because the setting is read when a schema is created.
 */
z.config({ jitless: true })
