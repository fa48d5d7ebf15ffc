import { z } from './zod-setup'
import { campIdSchema } from './schema'

/**
 * The schema of a burial-site feature (geodata/burial-sites.geojson): a burial site,
 * cemetery, hospital burial ground or memorial of Japanese detainees, as its sources name
 * it. A site without a sourced position has a null geometry (RFC 7946 allows it) and is
 * never drawn at a guessed place. Field meanings are in geodata/README.md.
 */

const nonEmpty = z.string().trim().min(1)

const burialKinds = ['burial-site', 'cemetery', 'hospital-burial-ground', 'memorial'] as const
export type BurialKind = (typeof burialKinds)[number]

const burialPropertiesBaseSchema = z.strictObject({
  id: campIdSchema,
  name: nonEmpty,
  nameJa: nonEmpty,
  nameRu: nonEmpty.nullable(),
  kind: z.enum(burialKinds),
  region: campIdSchema.nullable(),
  region1946: nonEmpty,
  camp: campIdSchema.nullable(),
  campNumber: nonEmpty.nullable(),
  buried: z.number().int('buried must be a whole number').nonnegative().nullable(),
  buriedWhat: nonEmpty,
  buriedWhatJa: nonEmpty,
  uncertaintyKm: z.number().positive().max(50).nullable(),
  positionSource: nonEmpty.nullable(),
  confidence: z.enum(['high', 'medium', 'low']),
  sources: z.array(campIdSchema).min(1, 'at least one source id is required'),
  quote: nonEmpty,
  note: nonEmpty.nullable(),
  noteJa: nonEmpty.nullable(),
})

/** The numbers of a text as digit strings ("1,568" → "1568", "1.2", "93" of "1992-93"). */
const numbersIn = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replaceAll(',', ''))

/**
 * The numbers of an English text missing from its Japanese translation: a translation
 * changes no figure, so every number of the English (counts, years, days, register
 * numbers) stands in the Japanese too. The Japanese may have more (a month written 6月).
 */
function numbersMissingInJa(en: string, ja: string): string[] {
  const inJa = new Set(numbersIn(ja))
  return [...new Set(numbersIn(en))].filter((n) => !inJa.has(n))
}

const burialPropertiesSchema = burialPropertiesBaseSchema
  .refine((p) => (p.note === null) === (p.noteJa === null), {
    error: 'noteJa must be given exactly where note is',
    path: ['noteJa'],
  })
  .superRefine((p, ctx) => {
    const missing = numbersMissingInJa(p.buriedWhat, p.buriedWhatJa)
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `buriedWhatJa lacks the number(s) ${missing.join(', ')} of buriedWhat`,
        path: ['buriedWhatJa'],
      })
  })

const lngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

export const burialFeatureSchema = z
  .strictObject({
    type: z.literal('Feature'),
    id: campIdSchema.optional(),
    geometry: z.strictObject({ type: z.literal('Point'), coordinates: lngLatSchema }).nullable(),
    properties: burialPropertiesSchema,
  })
  .refine((f) => (f.geometry === null) === (f.properties.uncertaintyKm === null), {
    error: 'uncertaintyKm is given exactly where the site has a position',
    path: ['properties', 'uncertaintyKm'],
  })
  .refine((f) => (f.geometry === null) === (f.properties.positionSource === null), {
    error: 'positionSource is given exactly where the site has a position',
    path: ['properties', 'positionSource'],
  })

/** The property keys in file order (the canonical format of geodata/ uses it). */
export const BURIAL_KEYS: readonly string[] = Object.keys(burialPropertiesBaseSchema.shape)

type BurialProperties = z.infer<typeof burialPropertiesSchema>
export type BurialFeature = z.infer<typeof burialFeatureSchema>

/** A validated burial site: its properties and its position (GeoJSON order), or null where no source places it. */
export type BurialSite = BurialProperties & { lngLat: [number, number] | null }
