import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAMP_FIELDS_ADDED_1_1, campFeatureSchema, campPropertiesBaseSchema } from '../../src/data/schema'
import { importReferenceTable } from '../import-reference-table'
import { BAM_LINE_FILE, CAMPS_FILE, REGIONS_FILE, SOURCES_FILE } from '../lib/paths'
import { splitCitations } from './reference-row'
import { sourceUrl, splitLabor } from './convert'

/** The 1.0.0 feature shape the converter produces (1.1.0 fields were added in geodata/). */
const convertedFeatureSchema = campFeatureSchema.extend({
  properties: campPropertiesBaseSchema.omit(Object.fromEntries(CAMP_FIELDS_ADDED_1_1.map((k) => [k, true] as const)) as { [K in (typeof CAMP_FIELDS_ADDED_1_1)[number]]: true }),
})

const csvUrl = new URL('../../../shared/reference/camps.csv', import.meta.url)

describe('splitLabor', () => {
  it('splits on ";" only, keeps parentheses with their term and drops "unknown"', () => {
    expect(splitLabor('construction (Higher Party School, Dynamo stadium, housing)')).toEqual([
      'construction (Higher Party School, Dynamo stadium, housing)',
    ])
    expect(splitLabor('coal mining; earthworks; timber (memoir)')).toEqual(['coal mining', 'earthworks', 'timber (memoir)'])
    expect(splitLabor('unknown')).toEqual([])
    expect(splitLabor('unknown (coal-mining suburb)')).toEqual([])
    expect(splitLabor('operational-transit camp (interrogation; Japanese-language newspaper)')).toEqual([
      'operational-transit camp (interrogation; Japanese-language newspaper)',
    ])
    expect(splitLabor('unknown (large quarters; Japanese cemetery, remains repatriated 1994)')).toEqual([])
    expect(splitLabor('port; repatriation transit (camp No. 380 from 1947)')).toEqual(['port', 'repatriation transit (camp No. 380 from 1947)'])
  })
})

describe('citations', () => {
  it('keep a "(mirror: …)" with its entry and take the URL from its start', () => {
    const cell = 'https://a.example/x (mirror: https://b.example/y); Fukuin-cho table (1 Dec 1947) p181'
    expect(splitCitations(cell)).toEqual(['https://a.example/x (mirror: https://b.example/y)', 'Fukuin-cho table (1 Dec 1947) p181'])
    expect(sourceUrl('https://a.example/x (mirror: https://b.example/y)')).toBe('https://a.example/x')
    expect(sourceUrl('Fukuin-cho table (1 Dec 1947) p181')).toBeNull()
  })
})

describe.skipIf(!existsSync(csvUrl))('importReferenceTable on the reference table', () => {
  // Collected even when skipped: read the table only when it is there.
  const outputs = existsSync(csvUrl) ? importReferenceTable(readFileSync(csvUrl, 'utf8')) : {}
  const camps = (outputs[CAMPS_FILE] ?? { features: [] }) as { features: unknown[] }
  const features = camps.features.map((f) => convertedFeatureSchema.parse(f))

  it('produces one valid feature per row, numbered in row order', () => {
    expect(features).toHaveLength(92)
    expect(features.map((f) => f.properties.number)).toEqual(features.map((_, i) => i + 1))
  })

  it('never invents zeros: unknown counts are null with a reason', () => {
    for (const f of features) {
      expect(f.properties.detained).not.toBe(0)
      if (f.properties.detained === null) expect(f.properties.detainedBasis).toMatch(/No camp-level headcount/)
      if (f.properties.deaths === null) expect(f.properties.deathsBasis ?? '').not.toBe('')
    }
  })

  it('marks recorded burials as lower bounds', () => {
    const burials = features.filter((f) => /\bburied\b|graves|burial ground/i.test(f.properties.deathsBasis ?? '') && f.properties.deaths !== null)
    expect(burials.length).toBeGreaterThan(0)
    for (const f of burials) expect(f.properties.deathsBasis).toContain('registered burials (lower bound)')
  })

  it('keeps the two Komsomolsk camps at one place and gives every BAM camp a role', () => {
    const k1 = features.find((f) => f.id === 'komsomolsk-na-amure-1')
    const k2 = features.find((f) => f.id === 'komsomolsk-na-amure-2')
    expect(k1?.geometry.coordinates).toEqual(k2?.geometry.coordinates)
    for (const f of features) expect(f.properties.bamRole !== null).toBe(f.properties.bam)
  })

  it('does not take the Japanese table\'s district numbers for Soviet camp numbers', () => {
    const numbers = (id: string) => features.find((f) => f.id === id)?.properties.campNumbers
    expect(numbers('posyet')).toEqual([])
    expect(numbers('iman')).toEqual([])
    expect(numbers('nakhodka')).toEqual(['380'])
    expect(numbers('irkutsk')).toEqual(['32', '255'])
  })

  it('writes sources, regions and the BAM line as well', () => {
    expect(Object.keys(outputs).sort()).toEqual([BAM_LINE_FILE, CAMPS_FILE, REGIONS_FILE, SOURCES_FILE].sort())
  })
})
