import { useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import { createCanvasCampLayer } from './canvas-camp-layer'
import { markVisibleCount } from './visible-count'
import type { CampMarkerProps } from './marker-props'
import { useLatestCallback } from '../ui/use-latest-callback'

/** The camps on one canvas (large datasets): created once per dataset, redrawn on change. */
export function CanvasCampMarkers({ camps, visibleIds, selectedId, highlightedId, describe, onSelect }: CampMarkerProps) {
  const map = useMap()
  const select = useLatestCallback(onSelect)
  const layer = useMemo(() => createCanvasCampLayer(camps, select), [camps, select])

  useEffect(
    function addLayer() {
      layer.addTo(map)
      return function removeLayer() {
        layer.remove()
      }
    },
    [map, layer],
  )
  useEffect(
    function showVisibleCamps() {
      markVisibleCount(map.getContainer(), 'canvas', layer.setVisible(visibleIds))
    },
    [map, layer, visibleIds],
  )
  useEffect(() => layer.setNames(describe), [layer, describe])
  useEffect(() => layer.setState('selected', selectedId), [layer, selectedId])
  useEffect(() => layer.setState('highlighted', highlightedId), [layer, highlightedId])
  return null
}
