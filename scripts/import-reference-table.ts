import { readFileSync, writeFileSync } from 'node:fs'
import { ANNOTATIONS } from './import/annotations'
import { buildBamLine } from './import/bam-line'
import { sourceIdsByCitation, toCampFeature, type ConvertedCampFeature, toSources, usedRegions } from './import/convert'
import { parseReferenceTable, type ReferenceRow } from './import/reference-row'
import { AREAS, REGIONS } from './import/regions'
import { CITED_SOURCES, LEGEND_SOURCES } from './import/sources'
import { formatGeodata } from './lib/format'
import { isMain } from './lib/is-main'
import { BAM_LINE_FILE, CAMPS_FILE, REFERENCE_CSV, REGIONS_FILE, SOURCES_FILE } from './lib/paths'

/**
 * One-off converter, kept so the provenance of geodata/ is reproducible: it turned the
 * reference table (camps.csv, second research pass) plus the editorial annotations in
 * scripts/import/ into camps.geojson, sources.json, regions.json and bam-line.geojson.
 * geodata/ is now the source of truth: correct the data there, not here. It produces the
 * 1.0.0 shape (no Japanese prose, aliases or dates, which were added in geodata/ directly
 * in 1.1.0), so it refuses to overwrite geodata/ unless given `--force`
 * (`npm run import:reference -- --force path/to/camps.csv`).
 */

export const DATASET_METADATA = {
  title: 'Camps of Japanese prisoners and internees in the Soviet Union and Mongolia after 1945',
  version: '1.0.0',
  date: '2026-11-23',
  license: 'CC-BY-4.0',
  description:
    'One point per camp or camp district of the reference table (second research pass, 92 rows). Tiers are count-derived proxies for the four-tier legend of the Japanese Ministry of Health and Welfare map, not the map\'s own symbols; every figure is quoted from the sources listed per camp, and unknown values are null with an explanation. See geodata/README.md.',
}

export function buildCampCollection(rows: readonly ReferenceRow[]): {
  type: 'FeatureCollection'
  metadata: typeof DATASET_METADATA
  features: ConvertedCampFeature[]
} {
  const rowIds = new Set(rows.map((r) => r.id))
  const orphans = Object.keys(ANNOTATIONS).filter((id) => !rowIds.has(id))
  if (orphans.length > 0) throw new Error(`annotations for unknown rows: ${orphans.join(', ')}`)
  const sourceIds = sourceIdsByCitation(CITED_SOURCES)
  const features = rows.map((row, index) => {
    const annotation = ANNOTATIONS[row.id]
    if (!annotation) throw new Error(`${row.id}: no annotation`)
    return toCampFeature(row, index + 1, annotation, sourceIds)
  })
  return { type: 'FeatureCollection', metadata: DATASET_METADATA, features }
}

export function importReferenceTable(csvText: string): Record<string, unknown> {
  const rows = parseReferenceTable(csvText)
  return {
    [CAMPS_FILE]: buildCampCollection(rows),
    [SOURCES_FILE]: { sources: toSources(rows, CITED_SOURCES, LEGEND_SOURCES) },
    [REGIONS_FILE]: { areas: AREAS, regions: usedRegions(rows, REGIONS) },
    [BAM_LINE_FILE]: buildBamLine(rows),
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2)
  if (!args.includes('--force')) {
    console.error('geodata/ is the source of truth since 1.1.0: re-importing would drop the Japanese text, aliases and dates. Pass --force to overwrite anyway.')
    process.exit(1)
  }
  const csvPath = args.find((a) => a !== '--force') ?? REFERENCE_CSV
  const outputs = importReferenceTable(readFileSync(csvPath, 'utf8'))
  for (const [file, value] of Object.entries(outputs)) {
    writeFileSync(file, formatGeodata(value))
    console.log(`wrote ${file}`)
  }
}
