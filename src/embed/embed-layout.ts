/**
 * Layout rules of an embed that depend on its frame's width (not the host's window).
 * Pure. The CSS breakpoints in embed.css use the same numbers.
 */

/** The legend starts open in frames at least this wide, folded to its compact key in narrower ones (article columns of 600–760 px included). */
export const EMBED_LEGEND_OPEN_MIN_PX = 800
/** Below this width a camp's detail is a bottom sheet over the lower part of the map. */
export const EMBED_SHEET_MAX_PX = 760
/** Room kept between a marker and the top of the sheet. */
const SHEET_MARGIN_PX = 28

/**
 * How far (pixels, positive pans the map up) the map must move so that a marker at
 * `markerY` sits in the middle of the part of the map above a sheet whose top is at
 * `sheetTop` (both relative to the map's top). 0 when the marker is already clear of it
 * (and inside the map).
 *
 * @example panAboveSheet(400, 250) // 275: the marker moves from 400 to 125
 */
export function panAboveSheet(markerY: number, sheetTop: number, margin = SHEET_MARGIN_PX): number {
  if (!Number.isFinite(markerY) || !Number.isFinite(sheetTop) || sheetTop <= margin * 2) return 0
  if (markerY >= margin && markerY <= sheetTop - margin) return 0
  return Math.round(markerY - sheetTop / 2)
}
