import { useEffect } from 'react'
import type L from 'leaflet'
import type { LngLat } from '../../data/schema'
import { toLatLng } from '../../geo/lng-lat'
import { revealPan } from './overlay-padding'
import { mapFreeRect } from './overlay-rects'
import { onOverlayShown } from './overlay-shown'
import { useMapOverlays } from '../../ui/map-overlays'

/**
 * While a camp is open, a resize of the map or of a panel over it (the bottom sheet grown
 * to full height and back) pans the map so the camp shows beside the panels again; so does
 * the end of the move that opened it. A move the reader makes afterwards is left alone
 * (only the end of a move that began before the camp was revealed is checked). A panel
 * shown later (the detail, its code loaded on demand: `overlay-shown.ts`) is followed too:
 * the camp is revealed beside it when it comes, at once or at the end of the opening move.
 */
export function useRevealFocus(map: L.Map, focus: LngLat | null): void {
  const key = focus === null ? null : focus.join(',')
  const overlays = useMapOverlays()
  useEffect(() => {
    if (focus === null) return
    const target = toLatLng(focus)
    let frame = 0
    let moving = false
    let settled = false
    const reveal = () => {
      cancelAnimationFrame(frame)
      if (moving) return
      frame = requestAnimationFrame(() => {
        settled = true
        const pan = revealPan(map.latLngToContainerPoint(target), mapFreeRect(map))
        if (pan !== null) map.panBy([pan.x, pan.y], { animate: false })
      })
    }
    const start = () => {
      moving = true
    }
    const end = () => {
      moving = false
      if (!settled) reveal()
    }
    map.on('resize', reveal)
    map.on('movestart', start)
    map.on('moveend', end)
    // The observer reports every element once when it starts: only later changes of size count
    // (the first report would pan in the middle of the move that opens the camp).
    const sizes = new WeakMap<Element, string>()
    const observer = new ResizeObserver((entries) => {
      let changed = false
      for (const entry of entries) {
        const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`
        if (sizes.has(entry.target) && sizes.get(entry.target) !== size) changed = true
        sizes.set(entry.target, size)
      }
      if (changed) reveal()
    })
    const observed = new WeakSet<Element>()
    const observeOverlays = () => {
      for (const el of overlays.elements()) {
        if (observed.has(el)) continue
        observed.add(el)
        observer.observe(el)
      }
    }
    observeOverlays()
    const stopFollowingAdded = overlays.subscribe(observeOverlays)
    const stopFollowingShown = onOverlayShown(() => {
      observeOverlays()
      reveal()
    })
    return () => {
      stopFollowingAdded()
      stopFollowingShown()
      cancelAnimationFrame(frame)
      map.off('resize', reveal)
      map.off('movestart', start)
      map.off('moveend', end)
      observer.disconnect()
    }
    // key stands for focus by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key, overlays])
}
