import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadImageData } from '../../scripts/lib/image-data'
import { burialSitesFromBundledJson } from '../burials/burial-data'
import { parseUrlState } from '../url/url-state'
import { renderSvg, sceneFromState } from './index'
import { imageBurialSites } from './svg-burials'

const data = loadImageData(null)
const sites = burialSitesFromBundledJson(JSON.parse(readFileSync('geodata/burial-sites.geojson', 'utf8')) as unknown)
const size = { width: 1200, height: 800 }

function svgFor(query: string, withBurials: boolean): string {
  const state = parseUrlState(query, '#map=7/52.5/115')
  const burials = withBurials ? imageBurialSites(sites, state.lang ?? 'en') : null
  return renderSvg(sceneFromState(state, data, { countries: null, burials }, size))
}

describe('the image export of the burial-site layer', () => {
  it('draws every placed site in view with its symbol and name, and no site without a position', () => {
    const svg = svgFor('?layers=burials', true)
    expect(svg).toContain('<g class="layer-burials">')
    expect(svg).toContain('data-site="bukachacha-mine-2"')
    expect(svg).toContain('<title>Cemetery: Bukachacha mine No. 2 cemetery')
    expect(svg).not.toContain('data-site="khada-bulak-memorial"')
    expect(svg).not.toContain('data-site="irkutsk-radishchev-cemetery"') // outside this view
  })

  it('lists the burial-site symbol in the key when, and only when, a site is drawn', () => {
    expect(svgFor('?layers=burials', true)).toContain('data-legend-burials=""')
    expect(svgFor('?layers=burials&lang=ja', true)).toContain('埋葬地・慰霊碑')
    expect(svgFor('', false)).not.toContain('data-legend-burials')
  })

  it('names the sites in Japanese, and draws nothing without the layer', () => {
    expect(svgFor('?layers=burials&lang=ja', true)).toContain('<title>墓地：ブカチャーチャ第2炭鉱墓地')
    expect(svgFor('', false)).not.toContain('layer-burials')
  })

  it('keeps only the placed sites for the image', () => {
    expect(imageBurialSites(sites, 'en')).toHaveLength(sites.filter((s) => s.lngLat !== null).length)
  })
})
