import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { withoutUnusedLeaflet } from './leaflet-unused'

const source = readFileSync(createRequire(import.meta.url).resolve('leaflet/dist/leaflet-src.esm.js'), 'utf8')

describe('withoutUnusedLeaflet', () => {
  const out = withoutUnusedLeaflet(source)

  it('marks every class definition pure, and nothing else', () => {
    const definitions = source.match(/^var \w+ = \w+\.extend\(/gm) ?? []
    expect(definitions.length).toBeGreaterThanOrEqual(40)
    expect(out.match(/^var \w+ = \/\*#__PURE__\*\/\w+\.extend\(/gm)).toHaveLength(definitions.length)
    expect(out.match(/__PURE__/g)).toHaveLength(definitions.length)
  })

  it('takes out the aliases the app never reads and keeps the ones it does', () => {
    for (const gone of ['Control.Layers = Layers;', 'tileLayer.wms = tileLayerWMS;', 'CRS.Simple = Simple;', 'CRS.EPSG4326 = EPSG4326;'])
      expect(out.split('\n')).not.toContain(gone)
    for (const kept of ['Control.Zoom = Zoom;', 'control.zoom = zoom;', 'control.scale = scale;', 'CRS.EPSG3857 = EPSG3857;'])
      expect(out.split('\n')).toContain(kept)
    expect(source.split('\n').length - out.split('\n').length).toBe(8)
  })

  it('stops the build when Leaflet is not the source it expects', () => {
    expect(() => withoutUnusedLeaflet(source.replace('Control.Layers = Layers;', ''))).toThrow(/Control.Layers = Layers/)
    expect(() => withoutUnusedLeaflet('export {}')).toThrow(/class definitions/)
  })
})
