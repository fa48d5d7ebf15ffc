import type { Camp, CampFeature, LocationPrecision, Tier } from '../../src/data/schema'
import type { DatasetMetadata } from '../../src/data/validate'
import { createRandom, type Random } from './prng'

/**
 * Deterministic synthetic camp datasets for the benchmark and the scale tests: points
 * jittered around the real camps (so they spread over the USSR and Mongolia the way
 * sub-camps, hospitals and burial sites would), in the real camp's 1946 region and
 * country, citing real source ids, with every tier and `null`. Every record says it is
 * synthetic in its id, name and notes; none of it is history.
 */

export const DEFAULT_SEED = 19450823
export const SYNTHETIC_ID_PREFIX = 'synthetic-'

export type SyntheticCollection = {
  type: 'FeatureCollection'
  metadata: DatasetMetadata
  features: CampFeature[]
}

export type SyntheticOptions = {
  count: number
  seed?: number
  /** The real camps the points are scattered around (at least one). */
  camps: readonly Camp[]
  /** Real source ids to cite (at least one). */
  sourceIds: readonly string[]
}

const TIERS: readonly (Tier | null)[] = [1, 2, 3, 4, null]
const TIER_WEIGHTS = [4, 14, 36, 20, 26]
const PRECISIONS: readonly LocationPrecision[] = ['settlement', 'approximate', 'region']
const PRECISION_WEIGHTS = [80, 15, 5]
const LABOUR = ['logging', 'railway construction', 'mining', 'construction', 'agriculture', 'factory work']
const LABOUR_JA = ['伐採', '鉄道建設', '鉱山', '建設', '農業', '工場労働']
/** Bigger real camps get more synthetic neighbours, as sub-camps cluster around centres. */
const BASE_WEIGHT_BY_TIER: Readonly<Record<string, number>> = { '1': 6, '2': 4, '3': 2, '4': 1, null: 1 }
/** Typical headcount range of each tier (for plausible, clearly synthetic figures). */
const DETAINED_RANGE: Readonly<Record<string, [number, number]>> = {
  '1': [20_000, 60_000],
  '2': [10_000, 20_000],
  '3': [1_000, 10_000],
  '4': [50, 1_000],
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** `synthetic-000123`: zero-padded so ids sort in number order. */
export function syntheticId(number: number): string {
  return `${SYNTHETIC_ID_PREFIX}${String(number).padStart(6, '0')}`
}

/** A position near the base camp: mostly within tens of kilometres, a third further out. */
function jitter(random: Random, [lng, lat]: readonly [number, number]): [number, number] {
  const spreadDeg = random.next() < 0.7 ? 0.35 : 1.6
  const dLat = random.gaussian() * spreadDeg
  const dLng = (random.gaussian() * spreadDeg) / Math.max(0.35, Math.cos((lat * Math.PI) / 180))
  return [round(clamp(lng + dLng, -179.999, 179.999), 4), round(clamp(lat + dLat, -89.9, 89.9), 4)]
}

function syntheticFeature(random: Random, number: number, base: Camp, sourceIds: readonly string[], seed: number): CampFeature {
  const id = syntheticId(number)
  const tier = random.weighted(TIERS, TIER_WEIGHTS)
  const range = tier === null ? null : DETAINED_RANGE[String(tier)]
  const precision = random.weighted(PRECISIONS, PRECISION_WEIGHTS)
  const firstSource = sourceIds[random.int(sourceIds.length)] as string
  const secondSource = sourceIds[random.int(sourceIds.length)] as string
  const near = base.modernName
  // Picked inside the literal below so the random sequence (and thus the output) is unchanged.
  let labourIndex: number
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: jitter(random, base.lngLat) },
    properties: {
      id,
      number,
      name: `Synthetic ${number} near ${near}`,
      nameJa: `合成データ ${number}（${base.nameJa}付近）`,
      nameRu: `Синтетический ${number} близ ${base.nameRu}`,
      modernName: near,
      region: base.region,
      country: base.country,
      tier,
      tierBasis: 'SYNTHETIC: random tier',
      detained: range === undefined || range === null ? null : range[0] + random.int(range[1] - range[0]),
      detainedBasis: range === undefined || range === null ? null : 'SYNTHETIC',
      deaths: null,
      deathsBasis: null,
      campNumbers: [],
      bam: false,
      bamRole: null,
      labor: [LABOUR[(labourIndex = random.int(LABOUR.length))] as string],
      locationPrecision: precision,
      uncertaintyKm: precision === 'settlement' ? 0 : precision === 'approximate' ? 5 + random.int(45) : 50 + random.int(150),
      confidence: 'low',
      sources: firstSource === secondSource ? [firstSource] : [firstSource, secondSource],
      notes: `SYNTHETIC record (seed ${seed}), not a real camp`,
      aliases: [],
      modernNameJa: base.modernNameJa,
      tierBasisJa: '合成データ: 無作為の区分',
      detainedBasisJa: range === undefined || range === null ? null : '合成データ',
      deathsBasisJa: null,
      bamRoleJa: null,
      laborJa: [LABOUR_JA[labourIndex] as string],
      opened: null,
      closed: null,
      notesJa: `合成データ（シード ${seed}）。実在の収容所ではない`,
    },
  }
}

/**
 * A synthetic dataset of `count` camps that passes the app's validator. The same options
 * always give the same collection, byte for byte once serialised.
 */
export function generateSyntheticCollection({ count, seed = DEFAULT_SEED, camps, sourceIds }: SyntheticOptions): SyntheticCollection {
  if (camps.length === 0 || sourceIds.length === 0) throw new Error('generateSyntheticCollection needs real camps and source ids')
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`)
  const random = createRandom(seed)
  const weights = camps.map((c) => BASE_WEIGHT_BY_TIER[String(c.tier)] ?? 1)
  const features: CampFeature[] = []
  for (let number = 1; number <= count; number += 1) {
    features.push(syntheticFeature(random, number, random.weighted(camps, weights), sourceIds, seed))
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      title: `SYNTHETIC benchmark data: ${count} random points, not historical`,
      version: '0.0.0',
      date: '2000-01-01',
      license: 'CC0-1.0',
      description: `Generated by scripts/make-synthetic.ts with seed ${seed} around the real camps of geodata/camps.geojson, for performance tests only. No record is a real camp.`,
    },
    features,
  }
}

/** One feature per line: compact, yet a diff or `head` stays readable. */
export function serializeCollection(collection: SyntheticCollection): string {
  const { features, ...head } = collection
  const opening = JSON.stringify(head).slice(0, -1)
  return `${opening},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
}
