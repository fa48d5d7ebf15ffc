import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../data/schema'
import { createCampLayer, SELECTED_CLASS, type CampLayer, type DrawnCamps } from './camp-layer'
import { markVisibleCount } from './visible-count'
import type { CampMarkerProps } from './marker-props'
import { useLatestCallback } from '../ui/use-latest-callback'
import { DEFAULT_GROUP_TEXT, useGroupChooser } from './grouping/use-group-chooser'
import type { GroupActivation } from './grouping/group-marker'

/** Draws the camps through a Leaflet layer that is created once per dataset. */
export function CampMarkers({
  camps,
  visibleIds,
  selectedId,
  highlightedId,
  describe,
  onSelect,
  groupText = DEFAULT_GROUP_TEXT,
  onDrawn,
}: CampMarkerProps) {
  const map = useMap()
  const select = useLatestCallback(onSelect)
  const layerRef = useRef<CampLayer | null>(null)
  const nameOf = useCallback((camp: Camp) => describe(camp).tooltip, [describe])
  const focusAfterZoom = useCallback((id: string) => layerRef.current?.focusAfterRegroup(id), [])
  const { activate, chooser, dismiss } = useGroupChooser({ map, camps, text: groupText, nameOf, onSelect: select, focusAfterZoom })
  const onGroup = useLatestCallback((activation: GroupActivation) => activate(activation))
  const drawn = useLatestCallback((d: DrawnCamps) => onDrawn?.(d))
  const layer = useMemo(() => createCampLayer(camps, select, onGroup, drawn), [camps, select, onGroup, drawn])
  useEffect(() => {
    layerRef.current = layer
  }, [layer])

  useEffect(
    function addLayer() {
      layer.group.addTo(map)
      const regroup = () => layer.regroup(map)
      map.on('zoomend resize', regroup)
      map.on('zoomstart', dismiss)
      return function removeLayer() {
        map.off('zoomend resize', regroup)
        map.off('zoomstart', dismiss)
        layer.group.remove()
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
      layer.setState(SELECTED_CLASS, selectedId)
      layer.setVisible(visibleIds)
      layer.regroup(map)
      markVisibleCount(map.getContainer(), 'dom', visibleIds.size)
    },
    [map, layer, visibleIds, selectedId, groupText],
  )
  useEffect(() => layer.setState('camp-marker--highlighted', highlightedId), [layer, highlightedId])
  return chooser
}
