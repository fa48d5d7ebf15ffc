import { memo, useEffect } from 'react'
import { useMap } from 'react-leaflet'

/**
 * Puts the map's controls (zoom buttons, show all camps, scale, credits) before its panes in
 * the document, so that Tab reaches them before the camp markers. They are positioned
 * absolutely: nothing moves on screen.
 */
export const ControlsFirst = memo(function ControlsFirst() {
  const map = useMap()
  useEffect(() => {
    const container = map.getContainer()
    const controls = container.querySelector(':scope > .leaflet-control-container')
    if (controls !== null && container.firstElementChild !== controls) container.insertBefore(controls, container.firstElementChild)
  }, [map])
  return null
})
