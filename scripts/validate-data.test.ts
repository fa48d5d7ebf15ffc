import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CountryLookup } from '../src/geo/geo-sanity'
import { DEFAULT_DATA_FILES } from './lib/paths'
import { decodeCountries, readWorldAtlas50m } from './lib/world-atlas'
import { countryLookup } from './validate/countries'
import { BAM_CAMP_IDS } from './validate/dataset-checks'
import { NOT_CANONICAL, validateDataset, type DataFile } from './validate/validate-dataset'
import { readCitedElsewhere } from './validate-data'

const root = new URL('../', import.meta.url)

function read(path: string): DataFile {
  return { path, text: readFileSync(new URL(path, root), 'utf8') }
}

const fixture = (name: string): DataFile => read(`tests/fixtures/data/${name}`)
const fixtureReferences = ['valid-regions.json', 'valid-sources.json', 'valid-bam-line.geojson'].map(fixture)

let countries: CountryLookup
beforeAll(() => {
  countries = countryLookup(decodeCountries(readWorldAtlas50m(fileURLToPath(new URL('node_modules/world-atlas/countries-50m.json', root)))))
})

function problemsFor(name: string) {
  return validateDataset({ files: [fixture(name)], references: fixtureReferences, countries }).problems
}

describe('validateDataset on the real geodata', () => {
  it('finds no problem and summarises 94 camps (93 of the reference table and the Shimanovsk candidate) with the eight BAM camps', () => {
    const { problems, summary } = validateDataset({
      files: DEFAULT_DATA_FILES.map(read),
      countries,
      citedElsewhere: readCitedElsewhere(fileURLToPath(root)),
    })
    expect(problems).toEqual([])
    expect(summary?.camps).toBe(94)
    expect(summary?.bam).toBe(BAM_CAMP_IDS.length)
    expect(summary?.tiers).toEqual({ '1': 3, '2': 10, '3': 19, '4': 2, null: 60 })
    expect(summary?.unknownArea).toBe(0)
  }, 20_000)
})

describe('validateDataset on the broken fixtures', () => {
  it('passes the valid mini collection apart from the full-dataset BAM set check', () => {
    const problems = problemsFor('valid-camps.geojson')
    expect(problems.every((p) => p.reason.includes('eight BAM camps'))).toBe(true)
    expect(problems.map((p) => p.id)).not.toContain('taishet')
  })

  it('names a camp placed in the wrong country', () => {
    const problems = problemsFor('wrong-country.geojson')
    expect(problems).toContainEqual({ id: 'tbilisi', reason: expect.stringMatching(/^country: point lies \d+ km outside GE/) })
  })

  it('names a BAM camp far from the line without an "Off the mainline:" explanation', () => {
    const problems = problemsFor('bam-off-line.geojson')
    expect(problems).toContainEqual({ id: 'taishet', reason: expect.stringContaining('Off the mainline:') })
  })

  it('names a file that is not in canonical format', () => {
    const problems = problemsFor('not-canonical-camps.geojson')
    expect(problems).toContainEqual({ id: 'tests/fixtures/data/not-canonical-camps.geojson', reason: NOT_CANONICAL })
  })

  it('reports schema rejections with the feature id', () => {
    expect(problemsFor('bad-tier.geojson')).toContainEqual({ id: 'tbilisi', reason: expect.stringContaining('properties.tier') })
  })

  it('names the camp and field where the Japanese text is missing', () => {
    const problems = problemsFor('missing-japanese.geojson')
    expect(problems).toContainEqual({ id: 'tbilisi', reason: 'notesJa: Japanese text missing (empty) where the English has text' })
    expect(problems).toContainEqual({
      id: 'ulaanbaatar',
      reason: 'detainedBasisJa: Japanese text missing (null) where the English has text',
    })
    expect(problems).toContainEqual({ id: 'taishet', reason: 'laborJa: 0 terms where labor has 1' })
    expect(problems).toContainEqual({ id: 'tbilisi', reason: 'bamRoleJa: must be null where the English is null' })
  })

  it('names the camp, field and figure changed in translation', () => {
    const problems = problemsFor('japanese-figure-changed.geojson')
    expect(problems).toContainEqual({ id: 'taishet', reason: 'tierBasisJa: figure 40,000 missing in Japanese' })
    expect(problems).toContainEqual({ id: 'ulaanbaatar', reason: 'notesJa: figure 12,381 in Japanese but not in English' })
    expect(problems).toContainEqual({ id: 'ulaanbaatar', reason: 'laborJa[1]: figure 1946 in Japanese but not in English' })
    expect(problems.filter((p) => p.reason.includes('figure'))).toHaveLength(3)
  })

  it('rejects a malformed date and a camp closed before it opened', () => {
    const problems = problemsFor('bad-date.geojson')
    expect(problems).toContainEqual({ id: 'tbilisi', reason: 'properties.opened: date must be YYYY or YYYY-MM' })
    expect(problems).toContainEqual({ id: 'ulaanbaatar', reason: 'properties.closed: closed is before opened' })
  })

  it('names an alias listed twice (up to case and width)', () => {
    expect(problemsFor('duplicate-alias.geojson')).toContainEqual({ id: 'taishet', reason: 'aliases: "ＴＡＹＳＨＥＴ" is listed twice' })
  })

  it('finds no Japanese, date or alias problem in the valid mini collection', () => {
    const problems = problemsFor('valid-camps.geojson')
    expect(problems.filter((p) => /Ja\b|Ja\[|Ja:|aliases|opened|closed/.test(p.reason))).toEqual([])
  })

  it('reports a file that is not a FeatureCollection by its path', () => {
    const problems = problemsFor('not-a-collection.geojson')
    expect(problems).toContainEqual({
      id: 'tests/fixtures/data/not-a-collection.geojson',
      reason: expect.stringContaining('FeatureCollection'),
    })
  })

  it('reports invalid JSON and unknown files at file level', () => {
    const { problems } = validateDataset({
      files: [
        { path: 'x/camps.geojson', text: '{' },
        { path: 'x/notes.txt', text: '' },
      ],
      countries,
    })
    expect(problems.map((p) => p.id)).toEqual(['x/camps.geojson', 'x/notes.txt'])
  })

  it('reports sources no camp cites when sources.json is validated with the camps', () => {
    const sources = fixture('valid-sources.json')
    const extra = JSON.parse(sources.text) as { sources: Record<string, unknown>[] }
    const first = extra.sources[0]
    if (!first) throw new Error('fixture has no source')
    extra.sources.push({ ...first, id: 'orphan-source' })
    const orphan = { path: 'x/sources.json', text: `${JSON.stringify(extra)}\n` }
    const { problems } = validateDataset({
      files: [fixture('valid-camps.geojson'), orphan],
      references: fixtureReferences,
      countries,
    })
    expect(problems).toContainEqual({ id: 'orphan-source', reason: expect.stringContaining('not cited') })
  })
})

describe('sources cited by the history and the region facts', () => {
  it('are counted as cited, and only those', async () => {
    const { citedSourceIds } = await import('./validate/cited-elsewhere')
    expect(citedSourceIds({ a: [{ sources: ['x', 'y'] }], b: { c: { sources: ['z'] } }, sources: 'not a list' })).toEqual(['x', 'y', 'z'])
    const ids = readCitedElsewhere(fileURLToPath(root))
    expect(ids).toContain('mhlw-soren-death-lists')
    expect(ids).toContain('korrespondent-25999-komsomolsk')
  })
})
