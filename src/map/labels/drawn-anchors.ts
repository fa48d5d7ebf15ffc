import type { Camp } from '../../data/schema'
import { tierKeyOf } from '../../data/tier-key'
import { localName } from '../../i18n/names'
import type { Lang } from '../../i18n/lang'
import type { DrawnCamps } from '../camp-marker-layer'
import { hitBoxPx } from '../grouping/marker-sizes'
import { tierSymbol } from '../../symbols/tier-symbol'
import { centroid, type CampAnchor, type MarkerBox, type RegionAnchor, type TownAnchor } from './label-input'
import { townsNotNamedByCamps } from './label-rules'

/** What the label layer is told besides the camp layer's `drawn` event. */
export type LabelContext = {
  byId: ReadonlyMap<string, Camp>
  lang: Lang
  towns: readonly TownAnchor[]
  /** The filtered region's or area's name; null when none is filtered. */
  regionName: { id: string; text: string } | null
}

/**
 * The label layer's anchors from what the camp layer drew (either painter): the single
 * markers (their number and name), the group markers (kept clear of), the towns not named by
 * a camp shown there, and the region's name at the centre of the markers drawn. Pure.
 */
export function anchorsFromDrawn(
  drawn: DrawnCamps,
  context: LabelContext,
): { camps: CampAnchor[]; otherMarkers: MarkerBox[]; towns: TownAnchor[]; region: RegionAnchor | null } {
  const camps: CampAnchor[] = []
  for (const s of drawn.singles) {
    const camp = context.byId.get(s.id)
    if (camp === undefined) continue
    const symbol = tierSymbol(tierKeyOf(camp.tier))
    camps.push({
      id: camp.id,
      lngLat: s.lngLat,
      number: camp.number,
      name: localName(camp, context.lang),
      color: symbol.labelColor,
      markerSizePx: hitBoxPx(symbol.sizePx),
      markerPriority: symbol.priority,
    })
  }
  const otherMarkers = drawn.groups.map((g): MarkerBox => ({ id: g.id, lngLat: g.lngLat, sizePx: g.sizePx }))
  // The true places of the camps shown (on their own or in a group): a town there is named by its camp.
  const shownIds = [...drawn.singles.map((s) => s.id), ...drawn.groups.flatMap((g) => g.id.replace(/^group:/, '').split(' '))]
  const shownPlaces = shownIds.flatMap((id) => {
    const camp = context.byId.get(id)
    return camp ? [camp.lngLat] : []
  })
  const towns = townsNotNamedByCamps(context.towns, shownPlaces)
  const at = context.regionName === null ? null : centroid([...camps.map((c) => c.lngLat), ...otherMarkers.map((g) => g.lngLat)])
  const region = context.regionName === null || at === null ? null : { ...context.regionName, lngLat: at }
  return { camps, otherMarkers, towns, region }
}
