import { useEffect, useMemo, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../data/schema'
import { createCanvasCampLayer } from './canvas-camp-layer'
import { markVisibleCount } from './visible-count'

type Props = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  highlightedId: string | null
  describe: (camp: Camp) => { ariaLabel: string; tooltip: string }
  onSelect: (id: string) => void
}

/** The camps on one canvas (large datasets): created once per dataset, redrawn on change. */
export function CanvasCampMarkers({ camps, visibleIds, selectedId, highlightedId, describe, onSelect }: Props) {
  const map = useMap()
  const onSelectRef = useRef(onSelect)
  useEffect(() => {
    onSelectRef.current = onSelect
  }, [onSelect])
  const layer = useMemo(() => createCanvasCampLayer(camps, (id) => onSelectRef.current(id)), [camps])

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
