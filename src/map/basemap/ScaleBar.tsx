import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import './basemap.css'

/** A metric scale bar in the lower left corner (the legend sits above it). */
export function ScaleBar() {
  const map = useMap()
  useEffect(
    function addScale() {
      const control = L.control.scale({ metric: true, imperial: false, position: 'bottomleft', maxWidth: 140 })
      control.addTo(map)
      control.getContainer()?.setAttribute('data-testid', 'scale-bar')
      return function removeScale() {
        control.remove()
      }
    },
    [map],
  )
  return null
}
