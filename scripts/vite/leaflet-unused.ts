import type { Plugin } from 'vite'

/**
 * Leaflet 1.9's ES module build defines each class as `var X = Parent.extend({...})` at the
 * top level: a call, so a bundler keeps every class, used or not. `Class.extend` only builds
 * the new class (its prototype, statics and init hooks on that class; at most a console
 * warning for a deprecated mixin), so those calls are marked pure: a class nothing names is
 * left out (the image, video and SVG overlays, the layers control …). A few static aliases
 * would keep some of them anyway; the ones the app never reads are taken out: `L.Control.Layers`
 * and `L.control.layers`, `L.TileLayer.WMS` and `L.tileLayer.wms`, and the projections
 * other than Web Mercator (`L.CRS.EPSG3395`, `EPSG4326`, `EPSG900913`, `Simple`).
 * About 1.6 KB gzip of the first load. A Leaflet whose source no longer has these lines
 * stops the build (`leafletUnused` throws), so an upgrade cannot silently change what ships.
 */

const CLASS_DEFINITION = /^var (\w+) = (\w+)\.extend\(/gm
/** At least this many class definitions are expected (Leaflet 1.9.4 has 44). */
const MIN_CLASSES = 40
const UNUSED_ALIASES = [
  'Control.Layers = Layers;',
  'control.layers = layers;',
  'TileLayer.WMS = TileLayerWMS;',
  'tileLayer.wms = tileLayerWMS;',
  'CRS.EPSG3395 = EPSG3395;',
  'CRS.EPSG4326 = EPSG4326;',
  'CRS.EPSG900913 = EPSG900913;',
  'CRS.Simple = Simple;',
]

/** The transform of leaflet-src.esm.js, pure; throws when the source is not the one expected. */
export function withoutUnusedLeaflet(code: string): string {
  const classes = code.match(CLASS_DEFINITION)?.length ?? 0
  if (classes < MIN_CLASSES) throw new Error(`leaflet-unused: ${classes} class definitions found, expected at least ${MIN_CLASSES}`)
  let out = code.replace(CLASS_DEFINITION, 'var $1 = /*#__PURE__*/$2.extend(')
  for (const alias of UNUSED_ALIASES) {
    const lines = out.split('\n')
    const at = lines.findIndex((line) => line === alias)
    if (at < 0) throw new Error(`leaflet-unused: "${alias}" not found in Leaflet's source`)
    lines.splice(at, 1)
    out = lines.join('\n')
  }
  return out
}

/** Vite plugin: applies `withoutUnusedLeaflet` to Leaflet's ES module build (aliased in vite.config.ts). */
export function leafletUnused(): Plugin {
  return {
    name: 'camp-map-leaflet-unused',
    apply: 'build',
    transform: (code, id) =>
      /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id) ? { code: withoutUnusedLeaflet(code), map: null } : null,
  }
}
