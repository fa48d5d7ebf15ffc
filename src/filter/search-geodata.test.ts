import { describe, expect, it } from 'vitest'
import { loadGeodata } from '../../tests/support/geodata'
import { buildCampIndex } from '../camp-index/camp-index'
import { defaultViewState } from '../url/url-state'
import { deriveVisible } from '../view/derive-view'

/**
 * The spellings and numbers people search for, against the repository's own data (the
 * aliases and camp numbers in geodata/camps.geojson): each finds its camp among fewer than
 * all camps. One search runs in the browser too (tests/e2e/app.e2e.ts), for the wiring.
 */

const { dataset } = loadGeodata()
const index = buildCampIndex(dataset)

describe('search by the names people know, in the bundled data', () => {
  it.each([
    ['タイシェト', 'taishet'],
    ['Tayshet', 'taishet'],
    ['Тайшет', 'taishet'],
    ['Ulan Bator', 'ulaanbaatar'],
    ['Almaty', 'alma-ata'],
    ['ソフガワニ', 'sovetskaya-gavan'],
    ['Stalino', 'stalino-donetsk'],
    ['No. 7', 'taishet'],
    ['第7', 'taishet'],
    ['лагерь 7', 'taishet'],
    ['#7', 'taishet'],
  ])('"%s" finds %s', (q, id) => {
    const ids = deriveVisible(index, { ...defaultViewState, q }).visible.map((c) => c.id)
    expect(ids).toContain(id)
    expect(ids.length).toBeLessThan(dataset.camps.length)
  })
})
