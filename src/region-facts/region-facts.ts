import { z } from '../data/zod-setup'
import { campIdSchema } from '../data/schema'

/**
 * Sourced figures for a 1946 region or an area (geodata/region-facts.json), shown under
 * the filter when that region or area is chosen. Republic-wide figures are listed under
 * each member oblast and marked so. Where sources disagree, each figure is a fact and the
 * disagreement is said in words.
 */

const text = z.string().trim().min(1)

const regionFactSchema = z.strictObject({
  /** The figure as the source gives it ("66,954", "about 35,000", "more than 70,000"). */
  figure: text,
  /** YYYY, YYYY-MM or YYYY-MM-DD when the source dates the figure; null when it does not. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}){0,2}$/)
    .nullable(),
  en: text,
  ja: text,
  sources: z.array(campIdSchema).min(1),
})

const regionFactsEntrySchema = z.strictObject({
  /** Region slugs of geodata/regions.json, or area slugs. */
  places: z.array(campIdSchema).min(1),
  scope: z.enum(['region', 'republic']),
  facts: z.array(regionFactSchema).min(1),
  disagreements: z.array(z.strictObject({ en: text, ja: text })),
})

export const regionFactsFileSchema = z.strictObject({ entries: z.array(regionFactsEntrySchema) })

export type RegionFactsFile = z.infer<typeof regionFactsFileSchema>

/** Problems of the file against the known places and sources: `<place or fact>: <reason>`. */
export function regionFactsProblems(file: RegionFactsFile, placeSlugs: ReadonlySet<string>, sourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = []
  for (const entry of file.entries) {
    for (const place of entry.places) if (!placeSlugs.has(place)) problems.push(`${place}: not a region or area slug`)
    for (const fact of entry.facts) {
      for (const id of fact.sources)
        if (!sourceIds.has(id)) problems.push(`${entry.places.join(',')} ${fact.figure}: unknown source "${id}"`)
    }
  }
  return problems
}
