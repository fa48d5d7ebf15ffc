import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decimalPlaces, featureLabel, parseRegions, parseSources, validateCampCollection, type CampReferences } from './validate'

const fixtureDir = new URL('../../tests/fixtures/data/', import.meta.url)

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8'))
}

function refsFromFixtures(): CampReferences {
  const regions = parseRegions(fixture('valid-regions.json'))
  const sources = parseSources(fixture('valid-sources.json'))
  if (!regions.ok || !sources.ok) throw new Error('reference fixtures must be valid')
  return {
    regionSlugs: new Set(regions.value.regions.map((r) => r.slug)),
    sourceIds: new Set(sources.value.map((s) => s.id)),
  }
}

const refs = refsFromFixtures()

describe('validateCampCollection on the valid fixture', () => {
  const result = validateCampCollection(fixture('valid-camps.geojson'), refs)

  it('accepts every camp and rejects nothing', () => {
    expect(result.rejected).toEqual([])
    expect(result.camps.map((c) => c.id)).toEqual(['taishet', 'tbilisi', 'ulaanbaatar'])
  })

  it('adds lngLat in GeoJSON order and keeps the properties', () => {
    const tbilisi = result.camps.find((c) => c.id === 'tbilisi')
    expect(tbilisi?.lngLat).toEqual([44.783, 41.716])
    expect(tbilisi?.tier).toBeNull()
    expect(tbilisi?.country).toBe('GE')
  })

  it('returns the metadata the app cites', () => {
    expect(result.metadata).toMatchObject({ version: '1.0.0', date: '2026-11-23' })
  })
})

/** Each invalid fixture: the one feature it breaks and a substring of the reason. */
const invalidCases: [file: string, id: string, reason: string][] = [
  ['bad-tier.geojson', 'tbilisi', 'properties.tier: Invalid input'],
  ['missing-sources.geojson', 'tbilisi', 'properties.sources: at least one source id is required'],
  ['duplicate-id.geojson', 'tbilisi', 'duplicate id: "tbilisi" is already used by feature #1'],
  ['duplicate-number.geojson', 'ulaanbaatar', 'duplicate number: 2 is already used by "tbilisi"'],
  ['unknown-region.geojson', 'tbilisi', 'properties.region: unknown region "armenian-ssr"'],
  ['unknown-source.geojson', 'tbilisi', 'properties.sources: unknown source "no-such-source"'],
  ['swapped-coordinates.geojson', 'ulaanbaatar', 'geometry.coordinates.1: Too big'],
  ['too-many-decimals.geojson', 'tbilisi', 'geometry.coordinates: more than 6 decimals'],
  ['wrong-geometry.geojson', 'tbilisi', 'geometry.type: Invalid input'],
  ['extra-property.geojson', 'tbilisi', 'Unrecognized key: "population"'],
  ['missing-id.geojson', '#1', 'properties.id'],
]

describe('validateCampCollection on the invalid fixtures', () => {
  it.each(invalidCases)('%s rejects exactly %s', (file, id, reason) => {
    const { camps, rejected } = validateCampCollection(fixture(file), refs)
    expect(rejected).toHaveLength(1)
    expect(rejected[0]?.id).toBe(id)
    expect(rejected[0]?.reason).toContain(reason)
    expect(camps).toHaveLength(2)
  })

  it('rejects a file that is not a FeatureCollection as "(file)"', () => {
    const result = validateCampCollection(fixture('not-a-collection.geojson'), refs)
    expect(result.rejected).toEqual([{ id: '(file)', reason: expect.stringContaining('FeatureCollection') }])
    expect(result.camps).toEqual([])
    expect(result.metadata).toBeNull()
  })

  it('never throws, whatever it is given', () => {
    for (const value of [null, 42, 'text', [], { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: [null, 1] }]) {
      expect(() => validateCampCollection(value, refs)).not.toThrow()
    }
  })

  it('reports missing metadata at file level but still reads the camps', () => {
    const json = fixture('valid-camps.geojson') as Record<string, unknown>
    delete json.metadata
    const result = validateCampCollection(json, refs)
    expect(result.metadata).toBeNull()
    expect(result.rejected).toEqual([{ id: '(file)', reason: expect.stringContaining('metadata') }])
    expect(result.camps).toHaveLength(3)
  })
})

describe('helpers', () => {
  it('counts decimal places as JSON writes numbers', () => {
    expect(decimalPlaces(43)).toBe(0)
    expect(decimalPlaces(43.123456)).toBe(6)
    expect(decimalPlaces(43.1234567)).toBe(7)
    expect(decimalPlaces(1e-7)).toBe(7)
    expect(decimalPlaces(0.1 + 0.2)).toBeGreaterThan(6)
  })

  it('labels a feature by properties.id, then id, then #index', () => {
    expect(featureLabel({ properties: { id: 'a' }, id: 'b' }, 3)).toBe('a')
    expect(featureLabel({ properties: {}, id: 'b' }, 3)).toBe('b')
    expect(featureLabel({ properties: { id: '' } }, 3)).toBe('#3')
    expect(featureLabel(null, 0)).toBe('#0')
  })
})

describe('parseRegions and parseSources', () => {
  it('parse the fixtures', () => {
    const regions = parseRegions(fixture('valid-regions.json'))
    expect(regions.ok && regions.value.areas).toHaveLength(7)
    const sources = parseSources(fixture('valid-sources.json'))
    expect(sources.ok && sources.value.length).toBeGreaterThan(0)
  })

  it('report the first issue as a message', () => {
    const result = parseSources({ sources: [{ id: 'x' }] })
    expect(result).toEqual({ ok: false, message: expect.stringContaining('sources.0.author') })
    expect(parseRegions({ regions: [] })).toEqual({ ok: false, message: expect.stringContaining('areas') })
  })

  it('reject duplicate ids and regions of unlisted areas', () => {
    const sources = fixture('valid-sources.json') as { sources: unknown[] }
    const doubled = { sources: [...sources.sources, ...sources.sources] }
    expect(parseSources(doubled)).toEqual({ ok: false, message: expect.stringContaining('duplicate id') })
    const regions = fixture('valid-regions.json') as { areas: { slug: string }[]; regions: unknown[] }
    const withoutMongolia = { ...regions, areas: regions.areas.filter((a) => a.slug !== 'mongolia') }
    expect(parseRegions(withoutMongolia)).toEqual({ ok: false, message: expect.stringContaining('"mongolia"') })
  })
})
