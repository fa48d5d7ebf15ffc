import { useCallback, useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../data/schema'
import { createCanvasCampLayer } from './canvas-camp-layer'
import { markVisibleCount } from './visible-count'
import type { CampMarkerProps } from './marker-props'
import { useLatestCallback } from '../ui/use-latest-callback'
import { DEFAULT_GROUP_TEXT, useGroupChooser } from './grouping/use-group-chooser'
import type { GroupActivation } from './grouping/group-marker'

/** The camps on one canvas (large datasets): created once per dataset, redrawn on change. */
export function CanvasCampMarkers({
  camps,
  visibleIds,
  selectedId,
  highlightedId,
  describe,
  onSelect,
  groupText = DEFAULT_GROUP_TEXT,
}: CampMarkerProps) {
  const map = useMap()
  const select = useLatestCallback(onSelect)
  const nameOf = useCallback((camp: Camp) => describe(camp).tooltip, [describe])
  const noFocus = useCallback(() => undefined, [])
  const { activate, chooser, dismiss } = useGroupChooser({ map, camps, text: groupText, nameOf, onSelect: select, focusAfterZoom: noFocus })
  const onGroup = useLatestCallback((activation: GroupActivation) => activate(activation))
  const layer = useMemo(() => createCanvasCampLayer(camps, select, onGroup), [camps, select, onGroup])

  useEffect(
    function addLayer() {
      layer.addTo(map)
      map.on('zoomstart', dismiss)
      return function removeLayer() {
        map.off('zoomstart', dismiss)
        layer.remove()
      }
    },
    [map, layer, dismiss],
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
  return chooser
}
