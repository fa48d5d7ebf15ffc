import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CountryLookup } from '../src/geo/geo-sanity'
import { decodeCountries, readWorldAtlas50m } from './lib/world-atlas'
import { countryLookup } from './validate/countries'
import { validateDataset, type DataFile } from './validate/validate-dataset'

const root = new URL('../', import.meta.url)
const read = (path: string): DataFile => ({ path, text: readFileSync(new URL(path, root), 'utf8') })
const fixture = (name: string): DataFile => read(`tests/fixtures/data/${name}`)
const references = ['valid-regions.json', 'valid-sources.json', 'valid-bam-line.geojson', 'valid-camps.geojson'].map(fixture)

let countries: CountryLookup
beforeAll(() => {
  countries = countryLookup(decodeCountries(readWorldAtlas50m(fileURLToPath(new URL('node_modules/world-atlas/countries-50m.json', root)))))
})

const problemsFor = (name: string) => validateDataset({ files: [fixture(name)], references, countries }).problems

describe('validateDataset on burial-site files', () => {
  it('passes a valid file with a placed site and a site without a position', () => {
    expect(problemsFor('valid-burial-sites.geojson')).toEqual([])
  })

  it('names a site citing an unknown camp or source, placed at sea, with a non-integer count, with an uncertainty but no position, or a Japanese text lacking a number of the English', () => {
    const problems = problemsFor('bad-burial-sites.geojson')
    expect(problems).toContainEqual({ id: 'unknown-camp-site', reason: 'properties.camp: unknown camp "atlantis"' })
    expect(problems).toContainEqual({ id: 'unknown-source-site', reason: 'properties.sources: unknown source "no-such-source"' })
    expect(problems).toContainEqual({
      id: 'sea-site',
      reason: expect.stringMatching(/^position: lies \d+ km outside the USSR and Mongolia/),
    })
    expect(problems).toContainEqual({ id: 'fraction-site', reason: 'properties.buried: buried must be a whole number' })
    expect(problems).toContainEqual({
      id: 'guessed-site',
      reason: expect.stringContaining('uncertaintyKm is given exactly where the site has a position'),
    })
    expect(problems).toContainEqual({
      id: 'mistranslated-site',
      reason: expect.stringContaining('buriedWhatJa lacks the number(s) 12, 1996 of buriedWhat'),
    })
    expect(problems).toHaveLength(6)
  })

  it('finds every row of the real file valid: 78 sites, 39 with a position', () => {
    const file = read('geodata/burial-sites.geojson')
    const json = JSON.parse(file.text) as { features: { geometry: unknown }[] }
    expect(json.features).toHaveLength(78)
    expect(json.features.filter((f) => f.geometry !== null)).toHaveLength(39)
    const problems = validateDataset({
      files: [file],
      references: ['geodata/regions.json', 'geodata/sources.json', 'geodata/camps.geojson'].map(read),
      countries,
    }).problems
    expect(problems).toEqual([])
  }, 20_000)
})
