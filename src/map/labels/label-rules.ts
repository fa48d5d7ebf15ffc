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

/** The texts a camp label tries, longest first: "12 Chita", then "12"; only the number below CAMP_NAME_MIN_ZOOM. */
export function campLabelTexts(number: number, name: string, zoom: number): string[] {
  const n = String(number)
  return zoom >= CAMP_NAME_MIN_ZOOM && name.trim() !== '' ? [`${n} ${name.trim()}`, n] : [n]
}
