import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import type { Feature } from 'geojson'
import { loadWater, type WaterDetail } from '../../load/load-overlays'
import type { Water } from '../../load/overlay-data'
import { addEachInSlices } from './add-in-slices'
import { HIGH_DETAIL_WATER_ZOOM, palette, riverWeight } from '../../symbols/line-palette'

const WATER_PANE = 'basemap-water'

function riverStyle(zoom: number) {
  return (feature: Feature | undefined): L.PathOptions => {
    const props = (feature?.properties ?? {}) as { rank?: unknown; name?: unknown }
    const weight = riverWeight(typeof props.rank === 'number' ? props.rank : 3, zoom, typeof props.name === 'string' && props.name !== '')
    return { color: palette.river.color, weight, stroke: weight > 0, opacity: 1, lineCap: 'round', lineJoin: 'round', interactive: false }
  }
}

const lakeStyle: L.PathOptions = {
  color: palette.lake.stroke,
  weight: palette.lake.weight,
  fillColor: palette.lake.fill,
  fillOpacity: 1,
  interactive: false,
  className: 'basemap-lake',
}

/**
 * Lakes (filled in the sea's colour) and rivers (blue, width by rank and zoom) in their own
 * pane just above the land and under the online tiles. The low-detail file is fetched on
 * mount; the high-detail one only once the reader zooms to HIGH_DETAIL_WATER_ZOOM, and
 * replaces the low one there (the low one comes back when zooming out).
 */
export function WaterLayer() {
  const map = useMap()
  useEffect(
    function drawWater() {
      const pane = map.getPane(WATER_PANE) ?? map.createPane(WATER_PANE)
      pane.style.zIndex = '160'
      const lakes = L.geoJSON(undefined, { pane: WATER_PANE, style: lakeStyle, interactive: false })
      const rivers = L.geoJSON(undefined, { pane: WATER_PANE, style: riverStyle(map.getZoom()), interactive: false })
      const controller = new AbortController()
      const loaded = new Map<WaterDetail, Water>()
      const pending = new Set<WaterDetail>()
      let shown: WaterDetail | null = null
      let stopAdding: (() => void) | null = null
      lakes.addTo(map)
      rivers.addTo(map)

      /** Each feature is styled for the zoom when it is added (the rivers' width follows the zoom). */
      function styleRivers(): void {
        const style = riverStyle(map.getZoom())
        rivers.options.style = style
        rivers.setStyle(style)
      }

      // The features are added in slices of a few lakes or rivers, each in its own task
      // (add-in-slices.ts); the container says which detail is shown once all are drawn.
      function show(detail: WaterDetail, water: Water): void {
        shown = detail
        stopAdding?.()
        lakes.clearLayers()
        rivers.clearLayers()
        styleRivers()
        stopAdding = addEachInSlices(
          [
            { layer: lakes, data: water.lakes },
            { layer: rivers, data: water.rivers },
          ],
          () => {
            stopAdding = null
            map.getContainer().dataset.water = detail
          },
        )
      }

      function want(): WaterDetail {
        return map.getZoom() >= HIGH_DETAIL_WATER_ZOOM ? 'high' : 'low'
      }

      function ensure(detail: WaterDetail): void {
        const ready = loaded.get(detail)
        if (ready) {
          if (shown !== detail) show(detail, ready)
          return
        }
        if (pending.has(detail)) return
        pending.add(detail)
        loadWater(import.meta.env.BASE_URL, detail, controller.signal).then(
          (water) => {
            loaded.set(detail, water)
            if (want() === detail || shown === null) show(detail, water)
          },
          (error: unknown) => {
            if (!controller.signal.aborted) console.warn(`Water (${detail} detail) not available:`, error)
          },
        )
      }

      function onZoom(): void {
        ensure(want())
        styleRivers()
      }

      ensure('low')
      if (want() === 'high') ensure('high')
      map.on('zoomend', onZoom)
      return function removeWater() {
        controller.abort()
        stopAdding?.()
        map.off('zoomend', onZoom)
        lakes.remove()
        rivers.remove()
      }
    },
    [map],
  )
  return null
}
