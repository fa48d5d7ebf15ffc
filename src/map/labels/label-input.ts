import type { Box, LabelCandidate, LabelPosition, Obstacle, Point } from './place-labels'
import { campLabelPriority, campLabelTexts, catalogueLabel, REGION_LABEL_PRIORITY, townLabelPriority, townVisibleAt } from './label-rules'
import { LABEL_LINE_HEIGHT as LINE, type LabelFont } from './measure-text'

/**
 * Turns what the map shows (camp markers, towns, the filtered region) into the candidates
 * and obstacles of place-labels.ts. Pure: positions come in already projected to container
 * pixels and text widths through `measure`.
 */

export type LngLat = readonly [number, number]

/** A single camp marker drawn on the map, whose label this layer draws. */
export type CampAnchor = {
  id: string
  lngLat: LngLat
  number: number
  /** In the interface language. */
  name: string
  /** The catalogue number's colour (the tier's). */
  color: string
  /** The marker's side in pixels: its box is an obstacle, its label keeps clear of it. */
  markerSizePx: number
  /** Larger camps' labels first (tier-symbol priority, 1..5). */
  markerPriority: number
  /** Horizontal pixel offset of the drawn marker (camps side by side at one place). */
  offsetX?: number
}

/** Any other marker (e.g. a group marker) that labels must not cover. */
export type MarkerBox = { id: string; lngLat: LngLat; sizePx: number; offsetX?: number }

export type TownAnchor = { id: string; lngLat: LngLat; name: string; rank: number }
export type RegionAnchor = { id: string; lngLat: LngLat; text: string }

export type At<T> = T & Point

export type LabelStyle =
  | { kind: 'camp'; font: LabelFont; number: string; color: string }
  | { kind: 'town'; font: LabelFont; rank: number }
  | { kind: 'region'; font: LabelFont }

export type LabelInput = { candidates: LabelCandidate[]; obstacles: Obstacle[]; styles: Map<string, LabelStyle> }

type Measure = (font: LabelFont, text: string) => number
export const TOWN_DOT_RADIUS = 3
const SIDES: readonly LabelPosition[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left']

function markerBox(x: number, y: number, sizePx: number): Box {
  const half = sizePx / 2
  return { left: x - half, top: y - half, right: x + half, bottom: y + half }
}

/** Keys labels by kind so a camp and a town with the same id never clash. */
export function labelKey(kind: 'camp' | 'town' | 'region', id: string): string {
  return `${kind}:${id}`
}

export function buildLabelInput(input: {
  camps: readonly At<CampAnchor>[]
  otherMarkers: readonly At<MarkerBox>[]
  towns: readonly At<TownAnchor>[]
  region: At<RegionAnchor> | null
  overlays: readonly Box[]
  zoom: number
  selectedId: string | null
  measure: Measure
}): LabelInput {
  const candidates: LabelCandidate[] = []
  const obstacles: Obstacle[] = []
  const styles = new Map<string, LabelStyle>()
  for (const box of input.overlays) obstacles.push({ box })
  for (const m of input.otherMarkers) obstacles.push({ box: markerBox(m.x + (m.offsetX ?? 0), m.y, m.sizePx) })
  for (const camp of input.camps) {
    const key = labelKey('camp', camp.id)
    const x = camp.x + (camp.offsetX ?? 0)
    obstacles.push({ box: markerBox(x, camp.y, camp.markerSizePx), owner: key })
    const texts = campLabelTexts(camp.number, camp.name, input.zoom)
    candidates.push({
      id: key,
      kind: 'camp',
      anchor: { x, y: camp.y },
      variants: texts.map((text) => ({ text, width: input.measure('camp', text), height: LINE.camp })),
      priority: campLabelPriority(camp.markerPriority) + (camp.id === input.selectedId ? 100 : 0),
      gap: camp.markerSizePx / 2 + 2,
      positions: SIDES,
    })
    styles.set(key, { kind: 'camp', font: 'camp', number: catalogueLabel(camp.number), color: camp.color })
  }
  for (const town of input.towns) {
    if (!townVisibleAt(town.rank, input.zoom) || town.name.trim() === '') continue
    const key = labelKey('town', town.id)
    const font: LabelFont = town.rank === 1 ? 'townMajor' : 'town'
    candidates.push({
      id: key,
      kind: 'town',
      anchor: { x: town.x, y: town.y },
      variants: [{ text: town.name, width: input.measure(font, town.name), height: LINE[font] }],
      priority: townLabelPriority(town.rank),
      gap: TOWN_DOT_RADIUS + 2,
      positions: SIDES,
      anchorRadius: TOWN_DOT_RADIUS,
    })
    styles.set(key, { kind: 'town', font, rank: town.rank })
  }
  if (input.region !== null && input.region.text.trim() !== '') {
    const key = labelKey('region', input.region.id)
    candidates.push({
      id: key,
      kind: 'region',
      anchor: { x: input.region.x, y: input.region.y },
      variants: [{ text: input.region.text, width: input.measure('region', input.region.text), height: LINE.region }],
      priority: REGION_LABEL_PRIORITY,
      gap: 28,
      positions: ['center', 'above', 'below', 'right', 'left'],
    })
    styles.set(key, { kind: 'region', font: 'region' })
  }
  return { candidates, obstacles, styles }
}

/** The centroid (mean longitude and latitude) of the camps shown, for the region's name. */
export function centroid(points: readonly LngLat[]): LngLat | null {
  if (points.length === 0) return null
  let lng = 0
  let lat = 0
  for (const [x, y] of points) {
    lng += x
    lat += y
  }
  return [lng / points.length, lat / points.length]
}
