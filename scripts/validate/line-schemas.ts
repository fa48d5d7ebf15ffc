import { z } from 'zod'
import { campIdSchema } from '../../src/data/schema'
import { datasetMetadataSchema, decimalPlaces, firstIssue } from '../../src/data/validate'

/** Schemas of the two generated geometry files: bam-line.geojson and ussr-1946.geojson. */

const nonEmpty = z.string().trim().min(1)
/** Longitudes may exceed 180 east of the antimeridian (Chukotka, see README). */
const position = z.tuple([z.number().min(-180).max(360), z.number().min(-90).max(90)])

export const bamLinePropertiesSchema = z.strictObject({
  id: campIdSchema,
  kind: z.enum(['section', 'planned']),
  name: nonEmpty,
  nameJa: nonEmpty,
  stations: z.array(nonEmpty).min(2),
  years: z.string().nullable(),
  status: nonEmpty,
  note: nonEmpty,
})

export const bamLineFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: campIdSchema,
  geometry: z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  properties: bamLinePropertiesSchema,
})
export type BamLineFeature = z.infer<typeof bamLineFeatureSchema>

export const bamLineCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  metadata: datasetMetadataSchema,
  features: z.array(z.unknown()),
})

export const PLANNED_ROUTE_ID = 'bam-planned-route'

export type LineCheck = { lines: BamLineFeature[]; problems: { id: string; reason: string }[] }

/** Parses bam-line.geojson; problems are per feature id, or "(file)". */
export function checkBamLine(json: unknown): LineCheck {
  const collection = bamLineCollectionSchema.safeParse(json)
  if (!collection.success) return { lines: [], problems: [{ id: '(file)', reason: firstIssue(collection.error) }] }
  const lines: BamLineFeature[] = []
  const problems: { id: string; reason: string }[] = []
  collection.data.features.forEach((raw, index) => {
    const parsed = bamLineFeatureSchema.safeParse(raw)
    if (!parsed.success) {
      problems.push({ id: `bam-line #${index}`, reason: firstIssue(parsed.error) })
      return
    }
    const line = parsed.data
    if (line.id !== line.properties.id) problems.push({ id: line.id, reason: 'id differs from properties.id' })
    else if (line.properties.stations.length !== line.geometry.coordinates.length) {
      problems.push({ id: line.id, reason: 'stations and vertices differ in number (vertices are only at named stations)' })
    } else lines.push(line)
  })
  const planned = lines.filter((l) => l.properties.kind === 'planned')
  if (planned.length !== 1 || planned[0]?.id !== PLANNED_ROUTE_ID) {
    problems.push({ id: '(file)', reason: `exactly one planned feature, "${PLANNED_ROUTE_ID}", is required` })
  }
  return { lines, problems }
}

export const OUTLINE_DECIMALS = 3

const ring = z.array(position).min(4)
const outlineGeometry = z.union([
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
])

export const outlineCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.strictObject({
        type: z.literal('Feature'),
        id: z.string().optional(),
        geometry: outlineGeometry,
        properties: z.record(z.string(), z.unknown()),
      }),
    )
    .length(1),
})

/** Problems of ussr-1946.geojson: schema, and coordinates with more than 3 decimals. */
export function checkOutline(json: unknown): string[] {
  const parsed = outlineCollectionSchema.safeParse(json)
  if (!parsed.success) return [firstIssue(parsed.error)]
  const geometry = parsed.data.features[0]?.geometry
  if (!geometry) return []
  const numbers = geometry.type === 'Polygon' ? geometry.coordinates.flat(2) : geometry.coordinates.flat(3)
  return numbers.some((n) => decimalPlaces(n) > OUTLINE_DECIMALS) ? [`coordinates have more than ${OUTLINE_DECIMALS} decimals`] : []
}
