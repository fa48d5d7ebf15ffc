import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { burialSitesFromBundledJson } from '../burials/burial-data'
import type { Source } from '../data/schema'
import { burialSitesToCsv, burialSitesToGeoJson } from './burial-export'

const sites = burialSitesFromBundledJson(JSON.parse(readFileSync('geodata/burial-sites.geojson', 'utf8')) as unknown)
const sources = (JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as { sources: Source[] }).sources
const sourcesById = new Map(sources.map((s) => [s.id, s]))
const meta = { title: 't', version: '1.2.0', date: '2026-12-01', exportedFrom: 'http://x/' }

describe('burial-site downloads', () => {
  it('writes every site as GeoJSON, keeping a null geometry where no source places the site, with its sources', () => {
    const json = JSON.parse(burialSitesToGeoJson(sites, sourcesById, meta)) as {
      features: { id: string; geometry: { coordinates: number[] } | null; properties: { buried: number | null } }[]
      sources: Source[]
    }
    expect(json.features).toHaveLength(78)
    expect(json.features.filter((f) => f.geometry === null)).toHaveLength(39)
    const bukachacha = json.features.find((f) => f.id === 'bukachacha-mine-2')
    expect(bukachacha?.geometry?.coordinates).toEqual([116.9167, 52.9833])
    expect(bukachacha?.properties.buried).toBe(731)
    expect(json.sources.map((s) => s.id)).toContain('naga0607-r2')
  })

  it('writes a CSV row per site with empty cells for what is not known and the sources written out', () => {
    const lines = burialSitesToCsv(sites, sourcesById).trimEnd().split('\r\n')
    expect(lines).toHaveLength(79)
    expect(lines[0]).toMatch(/^id,name,nameJa,nameRu,kind,/)
    const khada = lines.find((l) => l.startsWith('khada-bulak-memorial,'))
    expect(khada).toContain(',481,')
    expect(khada).toMatch(/,,,,,medium,/) // no lat, lon, uncertainty, position source
  })
})
