import { z } from './zod-setup'
import { campFromFeature } from './camp-feature'
import {
  areaSchema,
  campFeatureSchema,
  regionSchema,
  sourceSchema,
  type Camp,
  type CampFeature,
  type Region,
  type Rejection,
  type Source,
} from './schema'

/**
 * Pure validation of the geodata files (no DOM, no fs): the app's loader and the
 * validator script both use it. It never throws: every problem becomes a rejection
 * (`{ id, reason }`) or a failed parse result with a message.
 */

const nonEmpty = z.string().trim().min(1)

/** Top-level `metadata` foreign member of camps.geojson: what "Cite this map" shows. */
export const datasetMetadataSchema = z.strictObject({
  title: nonEmpty,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semantic (x.y.z)'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  license: nonEmpty,
  description: nonEmpty,
})
export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>

const areaInfoSchema = z.strictObject({
  slug: areaSchema,
  nameEn: nonEmpty,
  nameJa: nonEmpty,
  nameRu: nonEmpty,
})
export type AreaInfo = z.infer<typeof areaInfoSchema>

const regionsFileSchema = z.strictObject({
  areas: z.array(areaInfoSchema),
  regions: z.array(regionSchema),
})
export type RegionsFile = { areas: AreaInfo[]; regions: Region[] }

const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) })

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string }

export type CampReferences = {
  regionSlugs: ReadonlySet<string>
  sourceIds: ReadonlySet<string>
}

export type CampValidationResult = {
  camps: Camp[]
  rejected: Rejection[]
  metadata: DatasetMetadata | null
}

export const FILE_ID = '(file)'
const MAX_COORDINATE_DECIMALS = 6

/** "path: message" of a zod error's first issue, e.g. "properties.tier: Invalid input". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid'
  const path = issue.path.map(String).join('.')
  return path === '' ? issue.message : `${path}: ${issue.message}`
}

/** Decimal places of a number as JSON writes it (1e-7 has 7). */
export function decimalPlaces(n: number): number {
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(n))
  if (!match) return 0
  const fraction = match[1]?.length ?? 0
  const exponent = Number(match[2] ?? 0)
  return Math.max(0, fraction - exponent)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const v of values) {
    if (seen.has(v)) repeated.add(v)
    seen.add(v)
  }
  return [...repeated]
}

/** The label a feature is reported under: its properties.id, its id, or `#<index>`. */
export function featureLabel(feature: unknown, index: number): string {
  if (isRecord(feature)) {
    const props = feature.properties
    if (isRecord(props) && typeof props.id === 'string' && props.id.trim() !== '') return props.id
    if (typeof feature.id === 'string' && feature.id.trim() !== '') return feature.id
  }
  return `#${index}`
}

function parseMetadata(collection: Record<string, unknown>): { metadata: DatasetMetadata | null; problem: string | null } {
  if (!('metadata' in collection)) return { metadata: null, problem: 'metadata: missing (title, version, date, license, description)' }
  const result = datasetMetadataSchema.safeParse(collection.metadata)
  if (!result.success) return { metadata: null, problem: `metadata.${firstIssue(result.error)}` }
  return { metadata: result.data, problem: null }
}

function referenceProblem(feature: CampFeature, refs: CampReferences): string | null {
  const { properties, geometry } = feature
  if (geometry.coordinates.some((c) => decimalPlaces(c) > MAX_COORDINATE_DECIMALS)) {
    return `geometry.coordinates: more than ${MAX_COORDINATE_DECIMALS} decimals`
  }
  if (feature.id !== undefined && feature.id !== properties.id) {
    return `id: feature id "${feature.id}" differs from properties.id "${properties.id}"`
  }
  if (!refs.regionSlugs.has(properties.region)) return `properties.region: unknown region "${properties.region}"`
  const unknownSource = properties.sources.find((s) => !refs.sourceIds.has(s))
  if (unknownSource !== undefined) return `properties.sources: unknown source "${unknownSource}"`
  const repeated = duplicates(properties.sources)[0]
  if (repeated !== undefined) return `properties.sources: source "${repeated}" listed twice`
  return null
}

/**
 * Checks a parsed camps.geojson: the FeatureCollection, its metadata and every feature
 * (schema, decimals, references, unique ids and numbers). Valid features become camps;
 * the others are rejected with the first reason found. A repeated id or number rejects
 * the later feature and names the earlier one.
 */
export function validateCampCollection(json: unknown, refs: CampReferences): CampValidationResult {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return { camps: [], rejected: [{ id: FILE_ID, reason: 'not a GeoJSON FeatureCollection with a features array' }], metadata: null }
  }
  const rejected: Rejection[] = []
  const { metadata, problem } = parseMetadata(json)
  if (problem !== null) rejected.push({ id: FILE_ID, reason: problem })

  const camps: Camp[] = []
  const firstById = new Map<string, number>()
  const firstByNumber = new Map<number, string>()
  json.features.forEach((raw: unknown, index: number) => {
    const label = featureLabel(raw, index)
    const parsed = campFeatureSchema.safeParse(raw)
    if (!parsed.success) {
      rejected.push({ id: label, reason: firstIssue(parsed.error) })
      return
    }
    const feature = parsed.data
    const { id, number } = feature.properties
    const earlierIndex = firstById.get(id)
    const earlierNumber = firstByNumber.get(number)
    if (earlierIndex === undefined) firstById.set(id, index)
    if (earlierNumber === undefined) firstByNumber.set(number, id)
    if (earlierIndex !== undefined) {
      rejected.push({ id: label, reason: `duplicate id: "${id}" is already used by feature #${earlierIndex}` })
      return
    }
    if (earlierNumber !== undefined) {
      rejected.push({ id: label, reason: `duplicate number: ${number} is already used by "${earlierNumber}"` })
      return
    }
    const reason = referenceProblem(feature, refs)
    if (reason !== null) {
      rejected.push({ id: label, reason })
      return
    }
    camps.push(campFromFeature(feature))
  })
  return { camps, rejected, metadata }
}

/** Parses regions.json: areas and regions, with unique slugs and every region's area listed. */
export function parseRegions(json: unknown): ParseResult<RegionsFile> {
  const result = regionsFileSchema.safeParse(json)
  if (!result.success) return { ok: false, message: firstIssue(result.error) }
  const { areas, regions } = result.data
  const repeatedArea = duplicates(areas.map((a) => a.slug))[0]
  if (repeatedArea !== undefined) return { ok: false, message: `areas: duplicate slug "${repeatedArea}"` }
  const repeatedRegion = duplicates(regions.map((r) => r.slug))[0]
  if (repeatedRegion !== undefined) return { ok: false, message: `regions: duplicate slug "${repeatedRegion}"` }
  const areaSlugs = new Set<string>(areas.map((a) => a.slug))
  const orphan = regions.find((r) => !areaSlugs.has(r.area))
  if (orphan !== undefined) return { ok: false, message: `regions: "${orphan.slug}" has area "${orphan.area}", which areas does not list` }
  return { ok: true, value: { areas, regions } }
}

/** Parses sources.json into its list of sources, with unique ids. */
export function parseSources(json: unknown): ParseResult<Source[]> {
  const result = sourcesFileSchema.safeParse(json)
  if (!result.success) return { ok: false, message: firstIssue(result.error) }
  const repeated = duplicates(result.data.sources.map((s) => s.id))[0]
  if (repeated !== undefined) return { ok: false, message: `sources: duplicate id "${repeated}"` }
  return { ok: true, value: result.data.sources }
}
