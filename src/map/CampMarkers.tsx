import { useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import { createCampLayer } from './camp-layer'
import { markVisibleCount } from './visible-count'
import type { CampMarkerProps } from './marker-props'
import { useLatestCallback } from '../ui/use-latest-callback'

/** Draws the camps through a Leaflet layer that is created once per dataset. */
export function CampMarkers({ camps, visibleIds, selectedId, highlightedId, describe, onSelect }: CampMarkerProps) {
  const map = useMap()
  const select = useLatestCallback(onSelect)
  const layer = useMemo(() => createCampLayer(camps, select), [camps, select])

  useEffect(
    function addLayer() {
      layer.group.addTo(map)
      return function removeLayer() {
        layer.group.remove()
      }
    },
    [map, layer],
  )
  useEffect(
    function showVisibleCamps() {
      layer.setVisible(visibleIds)
      markVisibleCount(map.getContainer(), 'dom', visibleIds.size)
    },
    [map, layer, visibleIds],
  )
  useEffect(
    function nameMarkers() {
      layer.setNames(describe)
    },
    [layer, describe],
  )
  useEffect(() => layer.setState('camp-marker--selected', selectedId), [layer, selectedId])
  useEffect(() => layer.setState('camp-marker--highlighted', highlightedId), [layer, highlightedId])
  return null
}
