import { describe, expect, it } from 'vitest'
import regionsJson from '../../geodata/regions.json'
import sourcesJson from '../../geodata/sources.json'
import { figuresOf } from '../history/figures'
import { bundledRegionFacts } from './bundled'
import { factsFor } from './facts-for'
import { regionFactsFileSchema, regionFactsProblems } from './region-facts'

const file = bundledRegionFacts()
const places = new Set([...regionsJson.regions.map((r) => r.slug), ...regionsJson.areas.map((a) => a.slug)])
const sources = new Set(sourcesJson.sources.map((s) => s.id))

describe('geodata/region-facts.json', () => {
  it('names only known regions and areas, and cites only known sources', () => {
    expect(regionFactsProblems(file, places, sources)).toEqual([])
  })

  it('gives every figure in the same digits in English and Japanese, and in the fact itself', () => {
    for (const entry of file.entries) {
      for (const fact of entry.facts) {
        expect(figuresOf(fact.ja), fact.en).toEqual(figuresOf(fact.en))
        for (const n of figuresOf(fact.figure)) expect(figuresOf(fact.en), fact.en).toContain(n)
      }
      for (const d of entry.disagreements) expect(figuresOf(d.ja), d.en).toEqual(figuresOf(d.en))
    }
  })

  it('holds the figures the reference gives for Khabarovsk Krai (with the fourth pass), with their disagreements', () => {
    const [entry] = factsFor(file, 'khabarovsk-krai', null)
    expect(entry?.facts.map((f) => f.figure)).toEqual(['66,954', '159,712', '9,520', '85', '86', '3,000', '154'])
    expect(entry?.disagreements.length).toBe(3)
    expect(entry?.disagreements[2]?.en).toContain('86')
  })
})

describe('regionFactsProblems', () => {
  it('reports an unknown place and an unknown source', () => {
    const bad = regionFactsFileSchema.parse({
      entries: [
        {
          places: ['atlantis'],
          scope: 'region',
          facts: [{ figure: '1,000', date: null, en: '1,000 x', ja: '1,000 x', sources: ['nope'] }],
          disagreements: [],
        },
      ],
    })
    expect(regionFactsProblems(bad, places, sources)).toEqual([
      'atlantis: not a region or area slug',
      'atlantis 1,000: unknown source "nope"',
    ])
  })
  it('rejects a fact without a source', () => {
    expect(
      regionFactsFileSchema.safeParse({
        entries: [
          { places: ['mongolia'], scope: 'region', facts: [{ figure: '1', date: null, en: 'a', ja: 'b', sources: [] }], disagreements: [] },
        ],
      }).success,
    ).toBe(false)
  })
})

describe('factsFor', () => {
  it('shows the region’s own figures before the republic’s, and nothing without a choice or without facts', () => {
    expect(factsFor(file, 'karaganda-oblast', null).map((e) => e.scope)).toEqual(['region', 'republic'])
    expect(factsFor(file, null, 'mongolia').length).toBe(1)
    expect(factsFor(file, null, null)).toEqual([])
    expect(factsFor(file, 'rostov-oblast', null)).toEqual([])
  })
})

describe('the fourth pass in geodata/region-facts.json', () => {
  it('adds Amur Oblast and the Jewish AO, and shows the Mongolian roster and Kazakh counts that disagree', () => {
    expect(factsFor(file, 'amur-oblast', null)[0]?.facts.map((f) => f.figure)).toEqual(['about 4,500', 'more than 400', '100'])
    expect(factsFor(file, 'jewish-ao', null)[0]?.facts.map((f) => f.figure)).toEqual(['134'])
    const mongolia = factsFor(file, 'mongolia', null)[0]
    expect(mongolia?.facts.map((f) => f.figure)).toEqual(expect.arrayContaining(['1,629', '1,597']))
    expect(mongolia?.disagreements.some((d) => d.en.includes('1,629') && d.en.includes('1,597'))).toBe(true)
    const kazakh = factsFor(file, 'karaganda-oblast', null).find((e) => e.scope === 'republic')
    expect(kazakh?.disagreements.some((d) => d.en.includes('36,659') && d.en.includes('58,900'))).toBe(true)
  })
})
