import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../data/schema'
import type { CampLayerFactory, CampMarkerLayer, DrawnCamps } from './camp-marker-layer'
import { markVisibleCount } from './visible-count'
import type { CampMarkerProps } from './marker-props'
import { useLatestCallback } from '../ui/use-latest-callback'
import { DEFAULT_GROUP_TEXT, useGroupChooser } from './grouping/use-group-chooser'
import type { GroupActivation } from './grouping/group-marker'

type Props = CampMarkerProps & {
  /** How the camps are drawn: `useCampLayerFactory(markerRendererFor(camps.length))` (marker-renderer.ts). */
  createLayer: CampLayerFactory
}

/**
 * Draws the camps through a layer created once per dataset (DOM markers or one canvas,
 * camp-marker-layer.ts), and opens the group chooser for a group marker that cannot be
 * zoomed apart.
 */
export function CampMarkers({
  createLayer,
  camps,
  visibleIds,
  selectedId,
  highlightedId,
  describe,
  onSelect,
  groupText = DEFAULT_GROUP_TEXT,
  onDrawn,
}: Props) {
  const map = useMap()
  const select = useLatestCallback(onSelect)
  const layerRef = useRef<CampMarkerLayer | null>(null)
  const nameOf = useCallback((camp: Camp) => describe(camp).tooltip, [describe])
  const focusAfterZoom = useCallback((id: string) => layerRef.current?.focusAfterRegroup(id), [])
  const { activate, chooser, dismiss } = useGroupChooser({ map, camps, text: groupText, nameOf, onSelect: select, focusAfterZoom })
  const onGroup = useLatestCallback((activation: GroupActivation) => activate(activation))
  const drawn = useLatestCallback((d: DrawnCamps) => onDrawn?.(d))
  const layer = useMemo(
    () => createLayer({ camps, onSelect: select, onGroup, onDrawn: drawn }),
    [createLayer, camps, select, onGroup, drawn],
  )
  useEffect(() => {
    layerRef.current = layer
  }, [layer])

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
    function nameMarkers() {
      layer.setNames(describe)
      layer.setGroupLabel(groupText.label)
    },
    [layer, describe, groupText],
  )
  useEffect(
    function showVisibleCamps() {
      markVisibleCount(map.getContainer(), layer.renderer, layer.setVisible(visibleIds))
    },
    [map, layer, visibleIds],
  )
  useEffect(() => layer.setState('selected', selectedId), [layer, selectedId])
  useEffect(() => layer.setState('highlighted', highlightedId), [layer, highlightedId])
  return chooser
}
