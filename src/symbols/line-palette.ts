/**
 * The basemap's palette: every line the map draws, told apart by colour AND by pattern,
 * so that each still reads in greyscale print and for colour-blind readers.
 *
 * | Line                      | Colour             | Pattern                              | In greyscale                 |
 * |---------------------------|--------------------|--------------------------------------|------------------------------|
 * | Coast, today's borders    | warm grey #a79f8f  | thin solid 0.8 px (land edge)        | faint thin line              |
 * | USSR outline of 1946      | violet #6a3d9a     | dash-dot 2 px ("— · —")              | mid-grey dash-dot            |
 * | Railways of the 1940s     | black + white      | 3 px black casing, white dashes on it| black-and-white "ladder"     |
 * | BAM, 1940s sections       | crimson #c2185b    | solid 4.5 px, no dashes              | the heaviest solid grey line |
 * | BAM, planned route        | crimson #c2185b    | round dots 3.5 px, 8 px apart        | a row of dots                |
 * | Rivers                    | blue #4f83b5       | thin solid, width by rank and zoom   | light thin line              |
 * | Lakes                     | sea #dfe7ec + blue | filled like the sea, thin blue shore | light fill                   |
 *
 * The BAM (crimson) and the 1946 outline (violet) no longer share a dark red, and only the
 * outline uses a dash-dot: a border is a dash-dot, a railway a ladder, the BAM a heavy
 * line or a row of dots. The legend draws its samples from these same values.
 */

export const SEA = '#dfe7ec'

export const palette = {
  land: { fill: '#f3efe6', stroke: '#a79f8f', weight: 0.8 },
  mongolia: { fill: '#ece3cd', stroke: '#6b5a3a', weight: 1.6 },
  ussr1946: { color: '#6a3d9a', weight: 2, opacity: 0.8, dashArray: '12 4 2 4' },
  railway: { casing: '#1a1a1a', casingWeight: 3, inner: '#ffffff', innerWeight: 1.4, innerDash: '5 5' },
  bamBuilt: { color: '#c2185b', weight: 4.5, opacity: 0.9 },
  bamPlanned: { color: '#c2185b', weight: 3.5, opacity: 0.9, dashArray: '0.1 8', lineCap: 'round' as const },
  river: { color: '#4f83b5' },
  lake: { fill: SEA, stroke: '#4f83b5', weight: 0.7 },
} as const

/**
 * A river's stroke width in pixels at a zoom, by rank (the WDBII level, 1 = major); 0 hides
 * it. Named rivers (the ones the data names: Amur, Zeya, Selenga...) are drawn as major
 * along their whole length, whatever the level of each stretch, so that no gap opens in
 * them; the unnamed smaller ones come in as the reader zooms in.
 */
export function riverWeight(rank: number, zoom: number, named = false): number {
  const r = named ? 1 : Number.isFinite(rank) && rank >= 1 ? Math.floor(rank) : 3
  if (r === 1) return zoom < 4 ? 1 : zoom < 6 ? 1.4 : zoom < 8 ? 2 : 2.6
  if (r === 2) return zoom < 4 ? 0 : zoom < 6 ? 0.8 : zoom < 8 ? 1.2 : 1.6
  return zoom < 6 ? 0 : zoom < 8 ? 0.8 : 1.1
}

/** From this zoom on the high-detail water replaces the low-detail one. */
export const HIGH_DETAIL_WATER_ZOOM = 6
