/**
 * Which labels the map shows at a zoom, and in which language: pure rules, unit tested.
 */

type TownRank = 1 | 2 | 3

/** Town rank → first zoom at which its name shows (1 = 1946 regional centres, from the default view). */
const TOWN_MIN_ZOOM: Readonly<Record<TownRank, number>> = { 1: 0, 2: 5, 3: 7 }
/** From this zoom on each camp shows its name beside its number. */
const CAMP_NAME_MIN_ZOOM = 5

export function townVisibleAt(rank: number, zoom: number): boolean {
  const minZoom = rank === 1 || rank === 2 || rank === 3 ? TOWN_MIN_ZOOM[rank] : Number.POSITIVE_INFINITY
  return zoom >= minZoom
}

/**
 * Label priorities: every camp label outranks every town label, which outranks the region
 * name. Within camps the larger tier (marker priority 5..1) first; within towns rank 1 first.
 */
export function campLabelPriority(markerPriority: number): number {
  return 1000 + markerPriority
}
export function townLabelPriority(rank: number): number {
  return 100 - rank
}
export const REGION_LABEL_PRIORITY = 10

/** How the map prints a catalogue number: "#12", never a bare number (not a Soviet camp number, not a headcount). */
export function catalogueLabel(number: number): string {
  return `#${String(number)}`
}

/** The texts a camp label tries, longest first: "#12 Chita", then "#12"; only the number below CAMP_NAME_MIN_ZOOM. */
export function campLabelTexts(number: number, name: string, zoom: number): string[] {
  const n = catalogueLabel(number)
  return zoom >= CAMP_NAME_MIN_ZOOM && name.trim() !== '' ? [`${n} ${name.trim()}`, n] : [n]
}

/** A camp within this many degrees of latitude (and as many km east–west) names the town's place. */
const SAME_PLACE_DEG = 0.3

/**
 * The towns whose place no shown camp already names: a town with a camp within about
 * 30 km is left unlabelled (most camps are named for their town, "#42 Kansk" beside
 * "Kansk"), so that the basemap does not repeat the camps. Camps are bucketed by degree.
 */
export function townsNotNamedByCamps<T extends { lngLat: readonly [number, number] }>(
  towns: readonly T[],
  camps: readonly (readonly [number, number])[],
): T[] {
  const cells = new Map<string, (readonly [number, number])[]>()
  for (const c of camps) {
    const key = `${String(Math.floor(c[0]))},${String(Math.floor(c[1]))}`
    const list = cells.get(key)
    if (list === undefined) cells.set(key, [c])
    else list.push(c)
  }
  return towns.filter((town) => {
    const [lng, lat] = town.lngLat
    const dLng = SAME_PLACE_DEG / Math.max(0.2, Math.cos((lat * Math.PI) / 180))
    for (let x = Math.floor(lng - dLng); x <= Math.floor(lng + dLng); x += 1) {
      for (let y = Math.floor(lat - SAME_PLACE_DEG); y <= Math.floor(lat + SAME_PLACE_DEG); y += 1) {
        for (const c of cells.get(`${String(x)},${String(y)}`) ?? []) {
          if (Math.abs(c[0] - lng) <= dLng && Math.abs(c[1] - lat) <= SAME_PLACE_DEG) return false
        }
      }
    }
    return true
  })
}
