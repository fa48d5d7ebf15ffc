import { useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../../data/schema'
import { tierKeyOf } from '../../filter/tier-key'
import { campName } from '../../sidebar/camp-name'
import type { Lang } from '../../url/url-state'
import { sideBySideOffsets } from '../camp-layer'
import { tierSymbol } from '../tier-symbol'
import { loadTowns } from '../basemap/load-overlays'
import { useAbortableLoad } from '../basemap/use-abortable-load'
import { centroid, type CampAnchor, type TownAnchor } from './label-input'
import { nameIn } from './label-rules'
import { createLabelLayer } from './label-layer'
import './map-labels.css'

type Props = {
  camps: readonly Camp[]
  visibleIds: ReadonlySet<string>
  selectedId: string | null
  lang: Lang
  /** The filtered region's or area's name, drawn faintly over its camps; null when none is filtered. */
  regionName: { id: string; text: string } | null
  /** False when the camps are drawn on a canvas that draws its own numbers: only towns are labelled then. */
  labelCamps: boolean
}

/**
 * Feeds the label layer: the single camp markers drawn (their names in the interface
 * language), the gazetteer's towns and the filtered region's name.
 */
export function MapLabels({ camps, visibleIds, selectedId, lang, regionName, labelCamps }: Props) {
  const map = useMap()
  const layer = useMemo(createLabelLayer, [])
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
  const offsets = useMemo(() => sideBySideOffsets(camps), [camps])
  const shown = useMemo(() => camps.filter((c) => visibleIds.has(c.id)), [camps, visibleIds])
  const campAnchors = useMemo(
    () =>
      labelCamps
        ? shown.map((camp): CampAnchor => {
            const symbol = tierSymbol(tierKeyOf(camp.tier))
            return { id: camp.id, lngLat: camp.lngLat, number: camp.number, name: campName(camp, lang), color: symbol.labelColor, markerSizePx: symbol.sizePx, markerPriority: symbol.priority, offsetX: offsets.get(camp.id) ?? 0 }
          })
        : [],
    [shown, labelCamps, lang, offsets],
  )
  const townAnchors = useMemo(
    () => (towns ?? []).map((t): TownAnchor => ({ id: t.id, lngLat: t.lngLat, rank: t.rank, name: nameIn(lang, t) })),
    [towns, lang],
  )
  const region = useMemo(() => {
    if (regionName === null) return null
    const at = centroid(shown.map((c) => c.lngLat))
    return at === null ? null : { ...regionName, lngLat: at }
  }, [regionName, shown])
  useEffect(() => layer.update({ camps: campAnchors, towns: townAnchors, region, selectedId }), [layer, campAnchors, townAnchors, region, selectedId])
  return null
}
