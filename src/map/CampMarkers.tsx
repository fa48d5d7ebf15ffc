import { useEffect, useMemo, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../data/schema'
import { createCampLayer } from './camp-layer'
import { markVisibleCount } from './visible-count'

type Props = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  highlightedId: string | null
  describe: (camp: Camp) => { ariaLabel: string; tooltip: string }
  onSelect: (id: string) => void
}

/** Draws the camps through a Leaflet layer that is created once per dataset. */
export function CampMarkers({ camps, visibleIds, selectedId, highlightedId, describe, onSelect }: Props) {
  const map = useMap()
  const onSelectRef = useRef(onSelect)
  useEffect(() => {
    onSelectRef.current = onSelect
  }, [onSelect])
  const layer = useMemo(() => createCampLayer(camps, (id) => onSelectRef.current(id)), [camps])

  useEffect(
    function addLayer() {
      layer.group.addTo(map)
      const relabel = () => layer.relabel(map)
      map.on('zoomend moveend resize', relabel)
      return function removeLayer() {
        map.off('zoomend moveend resize', relabel)
        layer.group.remove()
      }
    },
    [map, layer],
  )
  useEffect(
    function showVisibleCamps() {
      layer.setVisible(visibleIds)
      layer.relabel(map)
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
