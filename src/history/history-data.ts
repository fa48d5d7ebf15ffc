import { z } from '../data/zod-setup'
import historyJson from '../../geodata/history.json'
import { campIdSchema } from '../data/schema'

/**
 * The history panel's text and figures (geodata/history.json): every paragraph in English
 * and Japanese, every one with the ids of its sources in geodata/sources.json.
 */

const text = z.string().trim().min(1)
const sourceIds = z.array(campIdSchema).min(1)

const paragraphSchema = z.strictObject({ en: text, ja: text, sources: sourceIds })

const repatriationRowSchema = z.strictObject({
  year: z.number().int().min(1945).max(1960),
  /** Released that year as the sources give it; null when they give no yearly figure. */
  released: z.number().int().nonnegative().nullable(),
  noteEn: z.string().nullable(),
  noteJa: z.string().nullable(),
})

const historySchema = z.strictObject({
  story: z.array(paragraphSchema).min(1),
  repatriation: z.strictObject({
    rows: z.array(repatriationRowSchema).min(1),
    notesEn: text,
    notesJa: text,
    sources: sourceIds,
  }),
  figures: z.array(paragraphSchema.extend({ topic: z.enum(['detained', 'returned', 'died']) })),
  disagreementEn: text,
  disagreementJa: text,
  families: paragraphSchema.extend({ url: z.url() }),
})

export type History = z.infer<typeof historySchema>
export type RepatriationRow = z.infer<typeof repatriationRowSchema>

function parseHistory(json: unknown): History {
  return historySchema.parse(json)
}

let cached: History | null = null

/** The bundled history, parsed once on first use (not at import, so the zod setup runs first). */
export function bundledHistory(): History {
  cached ??= parseHistory(historyJson)
  return cached
}

/** Every source id the history cites, for checks that each resolves. */
export function historySourceIds(history: History): string[] {
  return [
    ...history.story.flatMap((p) => p.sources),
    ...history.repatriation.sources,
    ...history.figures.flatMap((p) => p.sources),
    ...history.families.sources,
  ]
}
