import { describe, expect, it } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { filterCamps } from '../filter/filter-camps'
import { bundledRegionFacts } from './bundled'
import { factsOfPlace, regionRows, summarisePlace } from './place-summary'
import { NO_FILTERS } from '../data/filters'

const { dataset } = loadGeodata()
const index = buildCampIndex(dataset)
const campsOf = (region: string | null, area: 'central-asia' | null) => filterCamps(index.camps, { ...NO_FILTERS, region, area }, index)

describe('summarisePlace', () => {
  it('counts an area’s camps by tier, adding up to its camps', () => {
    const camps = campsOf(null, 'central-asia')
    const s = summarisePlace(camps)
    expect(s.camps).toBe(camps.length)
    expect(Object.values(s.byTier).reduce((a, b) => a + b, 0)).toBe(camps.length)
  })
  it('lists each camp’s sourced figures as given, largest first, and only camps that have one', () => {
    const camps = campsOf(null, 'central-asia')
    const s = summarisePlace(camps)
    const withDeaths = camps.filter((c) => c.deaths !== null)
    expect(s.deaths.map((f) => f.id).sort()).toEqual(withDeaths.map((c) => c.id).sort())
    for (const f of s.deaths) expect(f.value).toBe(index.byId.get(f.id)?.deaths)
    expect(s.deaths.map((f) => f.value)).toEqual([...s.deaths.map((f) => f.value)].sort((a, b) => b - a))
    expect(s.detained.every((f) => index.byId.get(f.id)?.detained === f.value)).toBe(true)
  })
})

describe('factsOfPlace', () => {
  it('gives an area the facts of each of its regions, each entry once', () => {
    const file = bundledRegionFacts()
    const regions = index.regionsByArea.get('central-asia') ?? []
    const facts = factsOfPlace(file, null, 'central-asia', regions)
    const slugs = new Set(['central-asia', ...regions.map((r) => r.slug)])
    expect(facts.length).toBeGreaterThan(0)
    expect(facts.every(({ entry }) => entry.places.some((p) => slugs.has(p)))).toBe(true)
    expect(new Set(facts.map((f) => f.entry)).size).toBe(facts.length)
    expect(factsOfPlace(file, null, null, [])).toEqual([])
  })
})

describe('regionRows', () => {
  it('has one row per region with camps; the rows add up to every camp', () => {
    const regions = [...index.regionsByArea.values()].flat()
    const rows = regionRows(index.camps, regions)
    expect(rows.reduce((a, r) => a + r.camps, 0)).toBe(index.camps.length)
    for (const row of rows) expect(Object.values(row.byTier).reduce((a, b) => a + b, 0)).toBe(row.camps)
  })
})
