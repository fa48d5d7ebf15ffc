import { useEffect, useMemo } from 'react'
import { useMap } from 'react-leaflet'
import type { Camp } from '../../data/schema'
import { tierKeyOf } from '../../data/tier-key'
import { localName } from '../../i18n/names'
import type { Lang } from '../../i18n/lang'
import type { DrawnCamps } from '../camp-marker-layer'
import { hitBoxPx } from '../grouping/marker-sizes'
import { tierSymbol } from '../../symbols/tier-symbol'
import { loadTowns } from '../../load/load-overlays'
import { useAbortableLoad } from '../basemap/use-abortable-load'
import { centroid, type CampAnchor, type MarkerBox, type TownAnchor } from './label-input'
import { townsNotNamedByCamps } from './label-rules'
import { createLabelLayer } from './label-layer'
import './map-labels.css'

type Props = {
  camps: readonly Camp[]
  /** The single and group markers the DOM layer drew at its last regroup (null before the first). */
  drawn: DrawnCamps | null
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
export function MapLabels({ camps, drawn, selectedId, lang, regionName, labelCamps }: Props) {
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
  const singles = useMemo(
    () =>
      (drawn?.singles ?? []).flatMap((s) => {
        const camp = byId.get(s.id)
        return camp ? [{ camp, lngLat: s.lngLat }] : []
      }),
    [drawn, byId],
  )
  const campAnchors = useMemo(
    () =>
      labelCamps
        ? singles.map(({ camp, lngLat }): CampAnchor => {
            const symbol = tierSymbol(tierKeyOf(camp.tier))
            return {
              id: camp.id,
              lngLat,
              number: camp.number,
              name: localName(camp, lang),
              color: symbol.labelColor,
              markerSizePx: hitBoxPx(symbol.sizePx),
              markerPriority: symbol.priority,
            }
          })
        : [],
    [singles, labelCamps, lang],
  )
  const otherMarkers = useMemo(
    (): MarkerBox[] => (labelCamps ? (drawn?.groups ?? []).map((g) => ({ id: g.id, lngLat: g.lngLat, sizePx: g.sizePx })) : []),
    [drawn, labelCamps],
  )
  // The true places of the camps shown (on their own or in a group): a town there is named by its camp.
  const shownPlaces = useMemo(() => {
    if (drawn === null) return []
    const ids = [...drawn.singles.map((s) => s.id), ...drawn.groups.flatMap((g) => g.id.replace(/^group:/, '').split(' '))]
    return ids.flatMap((id) => {
      const camp = byId.get(id)
      return camp ? [camp.lngLat] : []
    })
  }, [drawn, byId])
  const townAnchors = useMemo(
    () =>
      townsNotNamedByCamps(towns ?? [], shownPlaces).map((t): TownAnchor => ({
        id: t.id,
        lngLat: t.lngLat,
        rank: t.rank,
        name: localName(t, lang),
      })),
    [towns, lang, shownPlaces],
  )
  const region = useMemo(() => {
    if (regionName === null) return null
    const at = centroid([...singles.map((s) => s.lngLat), ...otherMarkers.map((g) => g.lngLat)])
    return at === null ? null : { ...regionName, lngLat: at }
  }, [regionName, singles, otherMarkers])
  useEffect(
    () => layer.update({ camps: campAnchors, otherMarkers, towns: townAnchors, region, selectedId }),
    [layer, campAnchors, otherMarkers, townAnchors, region, selectedId],
  )
  return null
}
