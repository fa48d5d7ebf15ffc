import { memo, useEffect, useState } from 'react'
import { Pane, useMap } from 'react-leaflet'
import * as L from 'leaflet'
import type { PathOptions, StyleFunction } from 'leaflet'
import type { Feature, FeatureCollection } from 'geojson'
import { addInSlices } from './basemap/add-in-slices'
import { loadBasemap, type Basemap as BasemapData } from '../load/load-basemap'
import { palette } from '../symbols/line-palette'

// Colours and patterns: see the table in basemap/palette.ts.
const countryStyle: PathOptions = {
  color: palette.land.stroke,
  weight: palette.land.weight,
  fillColor: palette.land.fill,
  fillOpacity: 1,
  interactive: false,
}
const mongoliaStyle: PathOptions = {
  ...countryStyle,
  fillColor: palette.mongolia.fill,
  color: palette.mongolia.stroke,
  weight: palette.mongolia.weight,
}
const ussrStyle: PathOptions = { ...palette.ussr1946, fill: false, interactive: false }

function isMongolia(feature: Feature | undefined): boolean {
  const props = (feature?.properties ?? {}) as { name?: unknown; iso2?: unknown }
  return props.iso2 === 'MN' || props.name === 'Mongolia'
}

function styleCountry(feature: Feature | undefined): PathOptions {
  return isMongolia(feature) ? mongoliaStyle : countryStyle
}

/**
 * The basemap's credit, in the map's corner from the map's first step, not when the basemap
 * comes: the corner growing later made the map re-place its markers (issue 21).
 */
export const BasemapCredit = memo(function BasemapCredit({ attribution }: { attribution: string }) {
  const map = useMap()
  useEffect(
    function attribute() {
      const control = map.attributionControl
      control.addAttribution(attribution)
      return function unattribute() {
        control.removeAttribution(attribution)
      }
    },
    [map, attribution],
  )
  return null
})

/**
 * A GeoJSON layer whose features are added in slices, each in its own task
 * (basemap/add-in-slices.ts), so that the countries' first draw is no long task (issue 21).
 */
function SlicedGeoJSON({ data, pane, style }: { data: FeatureCollection; pane: string; style: PathOptions | StyleFunction }) {
  const map = useMap()
  useEffect(
    function addSliced() {
      const layer = L.geoJSON(undefined, { pane, style }).addTo(map)
      const stop = addInSlices(layer, data)
      return function removeSliced() {
        stop()
        layer.remove()
      }
    },
    [map, data, pane, style],
  )
  return null
}

/**
 * The offline vector basemap. Its land (pane z-index 150) and the water (160) lie under
 * Leaflet's tile pane (200), so online tiles cover them when they load and the offline map
 * shows wherever they do not; the 1946 outline (260) stays above the tiles.
 */
export function Basemap() {
  const [basemap, setBasemap] = useState<BasemapData | null>(null)
  useEffect(function fetchBasemap() {
    const controller = new AbortController()
    loadBasemap(import.meta.env.BASE_URL, controller.signal).then(setBasemap, (error: unknown) => {
      if (!controller.signal.aborted) console.warn('Basemap not available:', error)
    })
    return function cancel() {
      controller.abort()
    }
  }, [])
  if (basemap === null) return null
  return (
    <>
      <Pane name="basemap-land" style={{ zIndex: 150 }}>
        <SlicedGeoJSON data={basemap.countries} pane="basemap-land" style={styleCountry} />
      </Pane>
      <Pane name="basemap-borders" style={{ zIndex: 260 }}>
        <SlicedGeoJSON data={basemap.ussr} pane="basemap-borders" style={ussrStyle} />
      </Pane>
    </>
  )
}
