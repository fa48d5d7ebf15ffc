import { memo, useEffect } from 'react'
import { useMap } from 'react-leaflet'

/** Names the map region for assistive technology (MapContainer passes no ARIA props on). */
export const MapAriaLabel = memo(function MapAriaLabel({ label }: { label: string }) {
  const map = useMap()
  useEffect(
    function labelContainer() {
      const container = map.getContainer()
      container.setAttribute('role', 'region')
      container.setAttribute('aria-label', label)
    },
    [map, label],
  )
  return null
})
