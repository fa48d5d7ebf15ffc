import { describe, expect, it } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { bundledRegionFacts } from './bundled'
import { comparePlaces } from './compare-places'

const index = buildCampIndex(loadGeodata().dataset)
const facts = bundledRegionFacts()
const compare = (slugs: string[]) => comparePlaces(slugs, index, facts)

describe('comparePlaces on geodata', () => {
  it('puts two regions side by side in the link’s order, each with its own camps by tier', () => {
    const [a, b] = compare(['chita-oblast', 'khabarovsk-krai']) ?? []
    expect(a?.slug).toBe('chita-oblast')
    expect(b?.slug).toBe('khabarovsk-krai')
    for (const side of [a, b]) {
      const own = index.camps.filter((c) => c.region === side?.slug)
      expect(side?.summary.camps).toBe(own.length)
      expect(Object.values(side?.summary.byTier ?? {}).reduce((x, y) => x + y, 0)).toBe(own.length)
      expect(side?.summary.deaths.map((f) => f.id).sort()).toEqual(
        own
          .filter((c) => c.deaths !== null)
          .map((c) => c.id)
          .sort(),
      )
    }
  })

  it('takes an area as the camps of all its regions, with their region facts', () => {
    const [area, region] = compare(['central-asia', 'chita-oblast']) ?? []
    const regions = new Set((index.regionsByArea.get('central-asia') ?? []).map((r) => r.slug))
    expect(area?.kind).toBe('area')
    expect(area?.summary.camps).toBe(index.camps.filter((c) => regions.has(c.region)).length)
    expect(area?.facts.length).toBeGreaterThan(0)
    expect(region?.kind).toBe('region')
  })

  it('gives the figures as the sources give them, never a sum', () => {
    const [a] = compare(['chita-oblast', 'irkutsk-oblast']) ?? []
    const figures = a?.facts.flatMap((f) => f.entry.facts.map((x) => x.figure)) ?? []
    const inFile = facts.entries.filter((e) => e.places.includes('chita-oblast')).flatMap((e) => e.facts.map((x) => x.figure))
    expect(figures.sort()).toEqual(inFile.sort())
  })

  it('is null when a slug names no region or area, or there are not two', () => {
    expect(compare(['chita-oblast', 'atlantis'])).toBeNull()
    expect(compare(['chita-oblast'])).toBeNull()
    expect(compare([])).toBeNull()
  })
})
