import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { feature } from 'topojson-client'
import type { CountriesTopology } from '../geo/ussr-outline'
import { loadBasemap } from './load-basemap'

const FILE = new URL('../../public/basemap.topo.json', import.meta.url)

describe('loadBasemap', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('decodes the bundled basemap, in slices, into the same countries as one decoding of the whole file', async () => {
    const text = readFileSync(FILE, 'utf8')
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(text, { status: 200 })))
    const basemap = await loadBasemap('/', new AbortController().signal)
    const topology = JSON.parse(text) as CountriesTopology
    expect(basemap.countries).toEqual(feature(topology, topology.objects.countries))
    expect(basemap.countries.features.length).toBeGreaterThan(50)
    expect(basemap.ussr.features.length).toBe(1)
  })
})
