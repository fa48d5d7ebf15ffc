import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import { loadRailways } from '../../load/load-overlays'
import { palette } from '../../symbols/line-palette'
import { addEachInSlices } from './add-in-slices'
import { useAbortableLoad } from './use-abortable-load'

const RAILWAY_PANE = 'basemap-railways'

const casing: L.PathOptions = {
  color: palette.railway.casing,
  weight: palette.railway.casingWeight,
  opacity: 1,
  lineCap: 'butt',
  lineJoin: 'round',
  interactive: false,
}
const inner: L.PathOptions = {
  color: palette.railway.inner,
  weight: palette.railway.innerWeight,
  opacity: 1,
  dashArray: palette.railway.innerDash,
  lineCap: 'butt',
  lineJoin: 'round',
  interactive: false,
}

/**
 * The railways of the 1940s in the classic atlas symbol: a black line with white dashes on
 * it (a "ladder"), above the borders and under the BAM. Drawn schematically through the
 * stations of geodata/railways-1940s.geojson.
 */
export function RailwayLayer() {
  const map = useMap()
  const railways = useAbortableLoad(loadRailways, 'Railways of the 1940s')
  useEffect(
    function drawRailways() {
      if (railways === null || railways.length === 0) return
      const pane = map.getPane(RAILWAY_PANE) ?? map.createPane(RAILWAY_PANE)
      pane.style.zIndex = '270'
      const data = { type: 'FeatureCollection' as const, features: railways }
      const casingLayer = L.geoJSON(undefined, { pane: RAILWAY_PANE, style: casing, interactive: false }).addTo(map)
      const innerLayer = L.geoJSON(undefined, { pane: RAILWAY_PANE, style: inner, interactive: false }).addTo(map)
      // In slices (no long task at start-up), the whole casing before the dashes on it.
      const stop = addEachInSlices(
        [
          { layer: casingLayer, data },
          { layer: innerLayer, data },
        ],
        () => {
          map.getContainer().dataset.railways = String(railways.length)
        },
      )
      return function removeRailways() {
        stop()
        casingLayer.remove()
        innerLayer.remove()
      }
    },
    [map, railways],
  )
  return null
}
