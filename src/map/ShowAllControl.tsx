import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import * as L from 'leaflet'
import type { LatLngBoundsLiteral } from 'leaflet'
import { fitToCamps } from './overlays/overlay-rects'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Four corners of a frame: "fit everything". */
function frameIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('width', '16')
  svg.setAttribute('height', '16')
  svg.setAttribute('viewBox', '0 0 16 16')
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  const path = document.createElementNS(SVG_NS, 'path')
  path.setAttribute('d', 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4')
  path.setAttribute('fill', 'none')
  path.setAttribute('stroke', 'currentColor')
  path.setAttribute('stroke-width', '2')
  svg.appendChild(path)
  return svg
}

/**
 * A "show all camps" button under the zoom buttons: fits the map to the camps shown (the
 * filter's bounds), clear of the legend and panels, so that a reader who zoomed into empty
 * land gets back in one click.
 */
export function ShowAllControl({ fitBounds, label }: { fitBounds: LatLngBoundsLiteral | null; label: string }) {
  const map = useMap()
  const bounds = useRef(fitBounds)
  useEffect(() => {
    bounds.current = fitBounds
  }, [fitBounds])
  const button = useRef<HTMLButtonElement | null>(null)
  useEffect(
    function addControl() {
      const control = new L.Control({ position: 'topleft' })
      control.onAdd = () => {
        const bar = L.DomUtil.create('div', 'leaflet-bar leaflet-control show-all-control')
        const b = L.DomUtil.create('button', 'show-all-control__button', bar)
        b.type = 'button'
        b.dataset.testid = 'show-all'
        b.appendChild(frameIcon())
        L.DomEvent.disableClickPropagation(bar)
        L.DomEvent.on(b, 'click', () => {
          const target = bounds.current
          if (target === null) return
          fitToCamps(map, target, true)
        })
        button.current = b
        return bar
      }
      control.addTo(map)
      return function removeControl() {
        control.remove()
        button.current = null
      }
    },
    [map],
  )
  useEffect(() => {
    button.current?.setAttribute('aria-label', label)
    if (button.current) button.current.title = label
  }, [label])
  return null
}
