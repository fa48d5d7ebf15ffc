import { useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../../data/schema'
import { localName } from '../../i18n/names'
import { useLang } from '../../context/app-context'
import { loadTowns } from '../../load/load-overlays'
import { useAbortableLoad } from '../basemap/use-abortable-load'
import type { TownAnchor } from './label-input'
import { createLabelLayer } from './label-layer'
import './map-labels.css'

type Props = {
  camps: readonly Camp[]
  selectedId: string | null
  /** The filtered region's or area's name, drawn faintly over its camps; null when none is filtered. */
  regionName: { id: string; text: string } | null
}

/**
 * The label layer of the map: it listens to the camp layer's `drawn` event for the markers
 * to label; this component tells it the camps' names, the gazetteer's towns, the filtered
 * region's name and the open camp.
 */
export function MapLabels({ camps, selectedId, regionName }: Props) {
  const lang = useLang()
  const map = useMap()
  const layer = useMemo(() => createLabelLayer(), [])
  const towns = useAbortableLoad(loadTowns, 'Towns')
  useEffect(
    function addLabels() {
      layer.addTo(map)
      return function removeLabels() {
        layer.remove()
      }
    },
    [map, layer],
  )
  const byId = useMemo(() => new Map(camps.map((c) => [c.id, c])), [camps])
  const townAnchors = useMemo(
    () => (towns ?? []).map((t): TownAnchor => ({ id: t.id, lngLat: t.lngLat, rank: t.rank, name: localName(t, lang) })),
    [towns, lang],
  )
  useEffect(
    () => layer.update({ byId, lang, towns: townAnchors, regionName, selectedId }),
    [layer, byId, lang, townAnchors, regionName, selectedId],
  )
  return null
}
