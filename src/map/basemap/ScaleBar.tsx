import { memo, useEffect } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import './basemap.css'

/** The longest the bar is drawn (px). */
const MAX_WIDTH = 140
/** Its box: the bar's longest, its borders and padding. */
const BOX_WIDTH = MAX_WIDTH + 8

/**
 * A metric scale bar in the lower left corner (the legend sits above it). Its box keeps one
 * width whatever the bar's length: the markers keep clear of the corner's box, so a box that
 * followed the scale re-placed them after every zoom and after the load's fit (issue 21).
 */
export const ScaleBar = memo(function ScaleBar() {
  const map = useMap()
  useEffect(
    function addScale() {
      const control = L.control.scale({ metric: true, imperial: false, position: 'bottomleft', maxWidth: MAX_WIDTH })
      control.addTo(map)
      const box = control.getContainer()
      if (box) {
        box.dataset.testid = 'scale-bar'
        box.style.width = `${BOX_WIDTH}px`
      }
      return function removeScale() {
        control.remove()
      }
    },
    [map],
  )
  return null
})
