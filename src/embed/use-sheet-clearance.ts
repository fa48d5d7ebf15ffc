import { useEffect } from 'react'
import type { Map as LeafletMap } from 'leaflet'
import type { LngLat } from '../data/schema'
import { EMBED_SHEET_MAX_PX, panAboveSheet } from './embed-layout'
import { useMapOverlays } from '../ui/map-overlays'

/**
 * In a narrow embed a camp's detail is a bottom sheet over the lower part of the map: pan
 * the map so the opened camp's marker sits above the sheet — on the next frame, and again
 * when the move to the camp (MapViewSync, maybe animated) ends. The reader's own moves are
 * never undone: the first pointer or wheel input stops it.
 */
export function useSheetClearance(map: LeafletMap, focus: LngLat | null): void {
  const lng = focus?.[0] ?? null
  const lat = focus?.[1] ?? null
  const overlays = useMapOverlays()
  useEffect(
    function keepCampAboveSheet() {
      if (lng === null || lat === null) return undefined
      const container = map.getContainer()
      const doc = container.ownerDocument
      const win = doc.defaultView ?? window
      let panning = false
      const clear = () => {
        if (panning || win.innerWidth >= EMBED_SHEET_MAX_PX) return
        const sheet = overlays.elementOf('camp-detail')
        if (!sheet) return
        const sheetTop = sheet.getBoundingClientRect().top - container.getBoundingClientRect().top
        const dy = panAboveSheet(map.latLngToContainerPoint([lat, lng]).y, sheetTop)
        if (dy === 0) return
        panning = true
        map.panBy([0, dy], { animate: false })
        panning = false
      }
      const stop = () => {
        map.off('moveend', onMoveEnd)
        container.removeEventListener('pointerdown', stop, true)
        container.removeEventListener('wheel', stop, true)
      }
      const onMoveEnd = () => {
        if (panning) return
        clear()
        stop()
      }
      map.on('moveend', onMoveEnd)
      container.addEventListener('pointerdown', stop, true)
      container.addEventListener('wheel', stop, true)
      const frame = win.requestAnimationFrame(clear)
      return function stopClearing() {
        stop()
        win.cancelAnimationFrame(frame)
      }
    },
    [map, lng, lat, overlays],
  )
}
