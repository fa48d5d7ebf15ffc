import { useEffect } from 'react'
import { useLatestCallback } from '../ui/use-latest-callback'
import type { Map as LeafletMap } from 'leaflet'

/**
 * Keeps Leaflet's idea of its size in step with its container (Leaflet 1.9 only watches
 * the window): a host may show the embed inside a tab, an accordion or a container that was
 * hidden at load. When the container first gets a size after having none, `onReveal` runs,
 * so that the view fitted to a 0×0 map can be fitted again.
 */
export function useContainerResize(map: LeafletMap, onReveal: () => void): void {
  const reveal = useLatestCallback(onReveal)

  useEffect(
    function watchContainer() {
      const container = map.getContainer()
      let wasEmpty = container.clientWidth < 1 || container.clientHeight < 1
      const observer = new ResizeObserver(() => {
        if (container.clientWidth < 1 || container.clientHeight < 1) {
          wasEmpty = true
          return
        }
        map.invalidateSize({ pan: false })
        if (wasEmpty) {
          wasEmpty = false
          reveal()
        }
      })
      observer.observe(container)
      return function stopWatching() {
        observer.disconnect()
      }
    },
    [map, reveal],
  )
}
