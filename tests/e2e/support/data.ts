import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { REPO_ROOT } from './server'

/**
 * The expectations of the end-to-end tests come from geodata/, the same files the app
 * bundles, so a corrected camp never needs a test edit. Only the fields the tests read
 * are checked here; the full schema is the validator's job.
 */

export type TierKey = '1' | '2' | '3' | '4' | 'unknown'
export const TIER_KEYS: readonly TierKey[] = ['1', '2', '3', '4', 'unknown']

const campSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameJa: z.string(),
  nameRu: z.string(),
  modernName: z.string().optional(),
  region: z.string(),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]),
  bam: z.boolean(),
  sources: z.array(z.string()).default([]),
})

const campsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ properties: campSchema, geometry: z.object({ coordinates: z.array(z.number()).min(2) }) })),
})

const regionsFileSchema = z.object({
  areas: z.array(z.object({ slug: z.string() })).optional(),
  regions: z.array(z.object({ slug: z.string(), area: z.string() })),
})

const sourcesFileSchema = z.union([
  z.array(z.object({ id: z.string(), url: z.string().nullable().optional() })),
  z.object({
    sources: z.array(z.object({ id: z.string(), url: z.string().nullable().optional() })),
  }),
])

export type ExpectedCamp = z.infer<typeof campSchema> & { tierKey: TierKey; area: string }

export type Expected = {
  camps: ExpectedCamp[]
  byId: Map<string, ExpectedCamp>
  /** Region slug → area slug. */
  areaOf: Map<string, string>
  /** Source id → URL, for sources that have one. */
  sourceUrls: Map<string, string>
  /** Camp id → [longitude, latitude]. */
  lngLat: Map<string, [number, number]>
}

function readJson(file: string): unknown {
  const path = join(REPO_ROOT, file)
  if (!existsSync(path)) {
    throw new Error(`${file} is missing: the e2e tests read their expectations from geodata/.`)
  }
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** Reads geodata/ into the shapes the tests compare the page with. */
export function loadExpected(): Expected {
  const campsFile = campsFileSchema.parse(readJson('geodata/camps.geojson'))
  const regionsFile = regionsFileSchema.parse(readJson('geodata/regions.json'))
  const areaOf = new Map(regionsFile.regions.map((r) => [r.slug, r.area]))
  const sourceUrls = new Map<string, string>()
  if (existsSync(join(REPO_ROOT, 'geodata/sources.json'))) {
    const parsed = sourcesFileSchema.parse(readJson('geodata/sources.json'))
    const list = Array.isArray(parsed) ? parsed : parsed.sources
    for (const s of list) if (s.url) sourceUrls.set(s.id, s.url)
  }
  const camps = campsFile.features.map(({ properties: p }): ExpectedCamp => {
    const area = areaOf.get(p.region)
    if (area === undefined) throw new Error(`${p.id}: region ${p.region} is not in regions.json`)
    return { ...p, tierKey: p.tier === null ? 'unknown' : (String(p.tier) as TierKey), area }
  })
  const lngLat = new Map(
    campsFile.features.map((f): [string, [number, number]] => [
      f.properties.id,
      [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0],
    ]),
  )
  return { camps, byId: new Map(camps.map((c) => [c.id, c])), areaOf, sourceUrls, lngLat }
}

/** Number of camps per legend tier (every tier key present, zero included). */
export function countByTier(camps: readonly ExpectedCamp[]): Record<TierKey, number> {
  const counts: Record<TierKey, number> = { '1': 0, '2': 0, '3': 0, '4': 0, unknown: 0 }
  for (const c of camps) counts[c.tierKey] += 1
  return counts
}

/** Sorted ids, for order-insensitive comparison. */
export function idsOf(camps: readonly { id: string }[]): string[] {
  return camps.map((c) => c.id).sort()
}

/** The slug (region or area) whose camps are a proper, non-trivial subset, preferring larger ones. */
export function pickGroup(
  camps: readonly ExpectedCamp[],
  key: 'region' | 'area',
  avoidCount?: number,
): { slug: string; camps: ExpectedCamp[] } {
  const groups = new Map<string, ExpectedCamp[]>()
  for (const c of camps) groups.set(c[key], [...(groups.get(c[key]) ?? []), c])
  const candidates = [...groups.entries()]
    .filter(([, g]) => g.length >= 2 && g.length < camps.length && g.length !== avoidCount)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  const first = candidates[0]
  if (!first) throw new Error(`no ${key} has between 2 and ${camps.length - 1} camps`)
  return { slug: first[0], camps: first[1] }
}
