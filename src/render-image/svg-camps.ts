import type { TierKey } from '../data/tier-key'
import { GROUP_FILL, GROUP_GLYPH_PX, GROUP_STROKE, groupCountText, groupSizePx } from '../symbols/group-symbol'
import { placeMarkers, type PlacedMarker } from '../symbols/placement/place-markers'
import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import type { Box } from './svg-geometry'
import { markerSvg } from './svg-geometry'
import type { Placed } from './svg-labels'
import { escapeXml, fmt } from './svg-text'

/**
 * The image's camps placed by the map's own placement model (symbols/placement/): tiers 1
 * and 2 never grouped, displaced with a leader line where symbols would overlap, lower tiers
 * displaced where there is room and grouped where there is none, groups drawn with their
 * tiers' glyphs and "×n". So the screen, an embed and the image agree.
 */

/** The markers' box, as on the map (map/grouping/marker-sizes.ts MIN_SEPARATION_PX). */
const IMAGE_SEPARATION_PX = 28

/** Places the image's camps (projected) clear of the key and the inset, inside the map. */
export function placeImageCamps(
  placed: readonly Placed[],
  selectedId: string | null,
  obstacles: readonly Box[],
  view: Box,
): PlacedMarker[] {
  return placeMarkers(
    placed.map((p) => ({ id: p.camp.id, x: p.x, y: p.y, tier: p.camp.tier, order: p.camp.number })),
    { separationPx: IMAGE_SEPARATION_PX, selectedId, obstacles, view },
  )
}

/** A group marker's glyph (its tiers' glyphs and ×n) with its centre at x, y, for the key: no camp ids. */
export function groupGlyphSvg(marker: { ids: readonly string[]; tiers: readonly TierKey[]; x: number; y: number }): string {
  return groupSvg(marker).replace(/^<g class="camp-group" data-camp-ids="[^"]*" data-tiers="[^"]*"/, '<g')
}

function groupSvg(marker: { ids: readonly string[]; tiers: readonly TierKey[]; x: number; y: number }): string {
  const size = groupSizePx(marker.tiers)
  const g = GROUP_GLYPH_PX
  const row = marker.tiers.length * g + (marker.tiers.length - 1)
  const glyphs = marker.tiers.map((tier, i) => {
    const symbol = tierSymbol(tier)
    const geometry = symbolGeometry(symbol)
    const paint = `fill="${symbol.fill}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidthPx)}"`
    const shape =
      geometry.kind === 'circle'
        ? `<circle cx="${fmt(geometry.cx)}" cy="${fmt(geometry.cy)}" r="${fmt(geometry.r)}" ${paint}/>`
        : `<polygon points="${geometry.points}" ${paint}/>`
    const x = size / 2 - row / 2 + i * (g + 1)
    return `<g transform="translate(${fmt(x)} ${fmt(size / 2 - g + 0.5)}) scale(${fmt(g / symbol.sizePx)})">${shape}</g>`
  })
  return (
    `<g class="camp-group" data-camp-ids="${escapeXml(marker.ids.join(' '))}" data-tiers="${marker.tiers.join(' ')}" transform="translate(${fmt(marker.x - size / 2)} ${fmt(marker.y - size / 2)})">` +
    `<rect x="0.75" y="0.75" width="${fmt(size - 1.5)}" height="${fmt(size - 1.5)}" rx="6" fill="${GROUP_FILL}" stroke="${GROUP_STROKE}" stroke-width="1.5"/>` +
    glyphs.join('') +
    `<text x="${fmt(size / 2)}" y="${fmt(size / 2 + 8.5)}" text-anchor="middle" font-size="9" font-weight="600" fill="#3b352d">${groupCountText(marker.ids.length)}</text></g>`
  )
}

/** The camps layer: leader lines under the markers, then groups and singles (larger tiers first, underneath). */
export function campsSvg(markers: readonly PlacedMarker[], byId: ReadonlyMap<string, Placed>, selectedId: string | null): string {
  const leaders: string[] = []
  const drawn: string[] = []
  for (const m of [...markers].reverse()) {
    if (m.kind === 'group') {
      drawn.push(groupSvg(m))
      continue
    }
    const p = byId.get(m.id)
    if (p === undefined) continue
    if (m.displaced) {
      leaders.push(
        `<line class="leader" data-camp-id="${escapeXml(m.id)}" x1="${fmt(m.anchorX)}" y1="${fmt(m.anchorY)}" x2="${fmt(m.x)}" y2="${fmt(m.y)}" stroke="#3b352d" stroke-width="1"/><circle cx="${fmt(m.anchorX)}" cy="${fmt(m.anchorY)}" r="2" fill="#3b352d"/>`,
      )
    }
    drawn.push(markerSvg(p.camp, m.x, m.y, m.id === selectedId))
  }
  return `<g class="layer-leaders">${leaders.join('')}</g><g class="layer-camps">${drawn.join('')}</g>`
}
