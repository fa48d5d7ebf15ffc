import { z } from './zod-setup'
import { CAMP_DATE_PATTERN, campDatesInOrder } from './camp-dates'
import { areaSlugs, type AreaSlug } from './areas'

/**
 * The one schema of a camp feature's properties. The validator script, the runtime
 * loader and the TypeScript types all come from here, so they cannot drift apart.
 * Field meanings are documented in geodata/README.md.
 */

const nonEmpty = z.string().trim().min(1)

/** Stable kebab-case id: URLs (`?camp=`) and citations use it. */
export const campIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9, single hyphens)')
  .max(80)

/** Ministry of Health and Welfare legend tier; `null` when no sourced headcount fixes it. */
const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

const locationPrecisionSchema = z.enum(['settlement', 'approximate', 'region'])
const confidenceSchema = z.enum(['high', 'medium', 'low'])

export const areaSchema = z.enum(areaSlugs)

/** When the camp held Japanese: `YYYY` or `YYYY-MM`; `null` = not known. */
const campDateSchema = z.string().regex(CAMP_DATE_PATTERN, 'date must be YYYY or YYYY-MM')

/** The camp properties without the cross-field checks (use it to pick or omit fields). */
const campPropertiesBaseSchema = z.strictObject({
  id: campIdSchema,
  number: z.number().int().positive(),
  name: nonEmpty,
  nameJa: nonEmpty,
  nameRu: nonEmpty,
  aliases: z.array(nonEmpty),
  modernName: nonEmpty,
  modernNameJa: nonEmpty,
  region: campIdSchema,
  country: z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code'),
  tier: tierSchema.nullable(),
  tierBasis: nonEmpty,
  tierBasisJa: nonEmpty,
  detained: z.number().int().nonnegative().nullable(),
  detainedBasis: z.string().nullable(),
  detainedBasisJa: z.string().nullable(),
  deaths: z.number().int().nonnegative().nullable(),
  deathsBasis: z.string().nullable(),
  deathsBasisJa: z.string().nullable(),
  campNumbers: z.array(z.string().regex(/^\d+$/, 'camp numbers are digit strings')),
  bam: z.boolean(),
  bamRole: z.string().nullable(),
  bamRoleJa: z.string().nullable(),
  labor: z.array(nonEmpty),
  laborJa: z.array(nonEmpty),
  opened: campDateSchema.nullable(),
  closed: campDateSchema.nullable(),
  locationPrecision: locationPrecisionSchema,
  uncertaintyKm: z.number().nonnegative().max(2000),
  confidence: confidenceSchema,
  sources: z.array(campIdSchema).min(1, 'at least one source id is required'),
  notes: z.string(),
  notesJa: z.string(),
})

export const campPropertiesSchema = campPropertiesBaseSchema.refine((p) => campDatesInOrder(p.opened, p.closed), {
  error: 'closed is before opened',
  path: ['closed'],
})

const lngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

export const campFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: campIdSchema.optional(),
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: lngLatSchema }),
  properties: campPropertiesSchema,
})

export const regionSchema = z.strictObject({
  slug: campIdSchema,
  nameEn: nonEmpty,
  nameJa: nonEmpty,
  nameRu: nonEmpty,
  area: areaSchema,
  kind: nonEmpty,
  partOf: z.string().nullable(),
  /** The 1946 unit it was part of, in Japanese (e.g. カザフ・ソビエト社会主義共和国); optional for older files. */
  partOfJa: z.string().nullable().optional(),
  note: z.string().nullable(),
})

export const sourceSchema = z.strictObject({
  id: campIdSchema,
  author: nonEmpty,
  title: nonEmpty,
  date: z.string().nullable(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'language must be an ISO 639 code'),
  url: z.url().nullable(),
  usedFor: nonEmpty,
  /** The citation as a Japanese bibliography (編者『書名』出版者、出版年、頁), for sources with a Japanese title or author. */
  citationJa: nonEmpty.optional(),
})

export type Tier = z.infer<typeof tierSchema>
export type { AreaSlug }
export type LocationPrecision = z.infer<typeof locationPrecisionSchema>
type CampProperties = z.infer<typeof campPropertiesSchema>
export type CampFeature = z.infer<typeof campFeatureSchema>
export type Region = z.infer<typeof regionSchema>
export type Source = z.infer<typeof sourceSchema>
export type LngLat = [number, number]

/** A validated camp: its properties plus its position in GeoJSON order. */
export type Camp = CampProperties & { lngLat: LngLat }

/** Why a feature was left out: shown to the user, printed by the validator. */
export type Rejection = { id: string; reason: string }
