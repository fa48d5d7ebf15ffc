import { useEffect, useMemo, useState } from 'react'
import './basemap.css'
import { createPortal } from 'react-dom'
import { TileLayer, useMap } from 'react-leaflet'
import * as L from 'leaflet'

const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

/**
 * OpenStreetMap tiles, only when the reader turns them on. They sit in Leaflet's tile pane,
 * above the offline land and water (which stay drawn under them) and under the borders,
 * railways and camps. When a tile fails (offline, blocked, server error) a status message
 * says so; the offline map below stays visible wherever tiles are missing.
 */
export function OnlineTiles({ failedMessage }: { failedMessage: string }) {
  const map = useMap()
  const [failed, setFailed] = useState(false)
  const container = useMemo(() => {
    const div = L.DomUtil.create('div', 'tiles-status')
    div.setAttribute('role', 'status')
    div.dataset.testid = 'tiles-status'
    L.DomEvent.disableClickPropagation(div)
    return div
  }, [])
  useEffect(
    function addStatusControl() {
      const Control = L.Control.extend({ onAdd: () => container })
      const control = new Control({ position: 'topleft' })
      control.addTo(map)
      return function removeStatusControl() {
        control.remove()
      }
    },
    [map, container],
  )
  const eventHandlers = useMemo(() => ({ tileerror: () => setFailed(true) }), [])
  return (
    <>
      <TileLayer
        url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        attribution={OSM_ATTRIBUTION}
        referrerPolicy="strict-origin-when-cross-origin"
        maxZoom={19}
        eventHandlers={eventHandlers}
      />
      {createPortal(failed ? <p className="tiles-status__message">{failedMessage}</p> : null, container)}
    </>
  )
}
