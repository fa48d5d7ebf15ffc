import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseRegions, parseSources, validateCampCollection, type CampReferences } from '../src/data/validate'
import type { Camp } from '../src/data/schema'
import { isMain } from './lib/is-main'
import { DEFAULT_SEED, generateSyntheticCollection, serializeCollection } from './bench/synthetic'

/**
 * Writes deterministic synthetic datasets (default 1,000, 10,000 and 50,000 camps) to
 * `bench/` (git-ignored), where the app loads them with `?data=bench/synthetic-10000.geojson`.
 *
 *   npx tsx scripts/make-synthetic.ts [--out bench] [--counts 1000,10000,50000] [--seed 19450823]
 *
 * Every set is checked with the app's own validator before it is written.
 */

export const DEFAULT_COUNTS: readonly number[] = [1_000, 10_000, 50_000]
const ROOT = fileURLToPath(new URL('../', import.meta.url))

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as unknown
}

/** The real camps and the reference tables the synthetic points are built from. */
export function readRealData(): { camps: Camp[]; refs: CampReferences; sourceIds: string[] } {
  const regions = parseRegions(readJson('geodata/regions.json'))
  const sources = parseSources(readJson('geodata/sources.json'))
  if (!regions.ok) throw new Error(`geodata/regions.json: ${regions.message}`)
  if (!sources.ok) throw new Error(`geodata/sources.json: ${sources.message}`)
  const refs = { regionSlugs: new Set(regions.value.regions.map((r) => r.slug)), sourceIds: new Set(sources.value.map((s) => s.id)) }
  const { camps } = validateCampCollection(readJson('geodata/camps.geojson'), refs)
  return { camps, refs, sourceIds: sources.value.map((s) => s.id) }
}

/** The file name of a set: `synthetic-10000.geojson`. */
export function syntheticFileName(count: number): string {
  return `synthetic-${count}.geojson`
}

/** Generates, validates and writes one file per count; returns the paths written. */
export function writeSyntheticSets(outDir: string, counts: readonly number[] = DEFAULT_COUNTS, seed = DEFAULT_SEED): string[] {
  const { camps, refs, sourceIds } = readRealData()
  mkdirSync(outDir, { recursive: true })
  return counts.map((count) => {
    const collection = generateSyntheticCollection({ count, seed, camps, sourceIds })
    const text = serializeCollection(collection)
    const check = validateCampCollection(JSON.parse(text) as unknown, refs)
    if (check.rejected.length > 0 || check.camps.length !== count) {
      const first = check.rejected[0]
      throw new Error(
        `synthetic set of ${count} fails validation: ${first ? `${first.id}: ${first.reason}` : `${check.camps.length} camps`}`,
      )
    }
    const file = join(outDir, syntheticFileName(count))
    writeFileSync(file, text)
    return file
  })
}

function argValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2)
  const outDir = resolve(ROOT, argValue(args, '--out') ?? 'bench')
  const counts = (argValue(args, '--counts') ?? DEFAULT_COUNTS.join(',')).split(',').map(Number)
  const seed = Number(argValue(args, '--seed') ?? DEFAULT_SEED)
  if (counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) {
    console.error('usage: tsx scripts/make-synthetic.ts [--out bench] [--counts 1000,10000,50000] [--seed 19450823]')
    process.exit(1)
  }
  for (const file of writeSyntheticSets(outDir, counts, seed)) console.log(`wrote ${file}`)
}
