import { memo, useLayoutEffect } from 'react'
import { useMap } from 'react-leaflet'
import { useMapOverlays } from '../../ui/map-overlays'
import { bindMapOverlays } from './overlay-rects'

/**
 * Gives the map its page's overlays (ui/map-overlays.ts), before any layer places a camp: a
 * layout effect, and the map's first child (its layers are added in effects after it).
 */
export const BindMapOverlays = memo(function BindMapOverlays() {
  const map = useMap()
  const overlays = useMapOverlays()
  useLayoutEffect(() => bindMapOverlays(map, overlays), [map, overlays])
  return null
})
