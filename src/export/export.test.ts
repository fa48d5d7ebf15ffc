import { describe, expect, it } from 'vitest'
import type { Camp, Source } from '../data/schema'
import { campsToCsv, csvCell } from './to-csv'
import { campsToGeoJson } from './to-geojson'

const source: Source = {
  id: 'bystrov-6037',
  author: 'Bystrov',
  title: 'Entry for camp No. 7',
  date: null,
  language: 'cs',
  url: 'https://bystrov.ustrcr.cz/tabory/6037',
  usedFor: 'Taishet',
}
const taishet = {
  id: 'taishet',
  number: 50,
  name: 'Taishet, "BAM" camp',
  nameJa: 'タイシェット',
  nameRu: 'Тайшет',
  modernName: 'Taishet',
  region: 'irkutsk-oblast',
  country: 'RU',
  tier: 1,
  tierBasis: '40,000 POWs',
  detained: 40000,
  detainedBasis: 'Bystrov',
  deaths: null,
  deathsBasis: null,
  campNumbers: ['7'],
  bam: true,
  bamRole: 'Taishet–Bratsk',
  labor: ['railway'],
  locationPrecision: 'settlement',
  uncertaintyKm: 5,
  confidence: 'high',
  sources: ['bystrov-6037'],
  notes: '=HYPERLINK("x")',
  lngLat: [98.003, 55.94],
  aliases: ['Tayshet', 'タイシェト'],
  modernNameJa: 'タイシェト',
  tierBasisJa: '捕虜40,000人',
  detainedBasisJa: 'ブィストロフ',
  deathsBasisJa: null,
  bamRoleJa: 'タイシェト–ブラーツク',
  laborJa: ['鉄道'],
  opened: '1945-10',
  closed: '1948',
  notesJa: '=HYPERLINK("y")',
} satisfies Camp
const sources = new Map([[source.id, source]])

describe('campsToCsv', () => {
  it('writes one quoted row per camp with the sources in full', () => {
    const [header, row] = campsToCsv([taishet], sources).split('\r\n')
    expect(header?.split(',')).toContain('sources')
    expect(row).toContain('"Taishet, ""BAM"" camp"')
    expect(row).toContain('Bystrov, Entry for camp No. 7, https://bystrov.ustrcr.cz/tabory/6037')
    expect(row).toContain(',55.94,98.003,')
  })
  it('writes the dates, aliases and Japanese text beside the English', () => {
    const [header, row] = campsToCsv([taishet], sources).split('\r\n')
    const columns = header?.split(',') ?? []
    for (const column of [
      'opened',
      'closed',
      'aliases',
      'modernNameJa',
      'tierBasisJa',
      'detainedBasisJa',
      'deathsBasisJa',
      'bamRoleJa',
      'laborJa',
      'notesJa',
    ]) {
      expect(columns).toContain(column)
    }
    expect(columns.indexOf('notesJa')).toBe(columns.indexOf('notes') + 1)
    expect(columns.indexOf('closed')).toBe(columns.indexOf('opened') + 1)
    expect(row).toContain(',1945-10,1948,')
    expect(row).toContain('Tayshet; タイシェト')
    expect(row).toContain('捕虜40,000人')
    expect(row).toContain(`"'=HYPERLINK(""y"")"`)
    const other = campsToCsv([{ ...taishet, opened: null, closed: null }], sources).split('\r\n')[1] ?? ''
    expect(other).toContain(',5,,,1,')
  })

  it('leaves unknown figures empty and defuses spreadsheet formulas', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell(-5)).toBe('-5')
  })
})

describe('campsToGeoJson', () => {
  it('writes RFC 7946 points in [lon, lat] with the cited sources', () => {
    const parsed = JSON.parse(campsToGeoJson([taishet], sources, { title: 't', version: '1', date: 'd', exportedFrom: 'u' })) as {
      features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[]
      sources: Source[]
    }
    expect(parsed.features[0]?.geometry.coordinates).toEqual([98.003, 55.94])
    expect(parsed.features[0]?.properties.lngLat).toBeUndefined()
    expect(parsed.features[0]?.properties.deaths).toBeNull()
    expect(parsed.sources).toEqual([source])
  })
})
