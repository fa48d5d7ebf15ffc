/**
 * The messages between an embedded map and its host page (documented in
 * docs/embedding.md). They carry only a height and the host's own id, never data, so they
 * are posted to any origin ('*'). public/embed.js applies the same checks as
 * readResizeMessage. Pure.
 */

/** Child → parent: the embed's content height in CSS pixels. */
export const RESIZE_TYPE = 'japanese-camps-map:resize'
/** Parent → child: please post your height again (a host script that loaded late). */
const HEIGHT_REQUEST_TYPE = 'japanese-camps-map:request-height'

const MIN_MESSAGE_HEIGHT = 50
const MAX_MESSAGE_HEIGHT = 5000

export type ResizeMessage = {
  type: typeof RESIZE_TYPE
  height: number
  id: string | null
  /** The least the embed ever needs (its map and bar, from the URL): hosts never go below it. */
  minHeight?: number
}

/** Clamps a height to what a host accepts; null for anything that is not a finite number. */
function clampMessageHeight(height: unknown): number | null {
  if (typeof height !== 'number' || !Number.isFinite(height)) return null
  return Math.min(MAX_MESSAGE_HEIGHT, Math.max(MIN_MESSAGE_HEIGHT, Math.ceil(height)))
}

/** The message an embed posts for a content height (clamped, whole pixels). */
export function createResizeMessage(height: number, id: string | null, minHeight?: number): ResizeMessage {
  const message: ResizeMessage = { type: RESIZE_TYPE, height: clampMessageHeight(height) ?? MIN_MESSAGE_HEIGHT, id }
  const min = clampMessageHeight(minHeight)
  if (min !== null) {
    message.minHeight = min
    message.height = Math.max(message.height, min)
  }
  return message
}

/** A well-formed resize message with its height clamped, or null (what embed.js accepts). */
export function readResizeMessage(data: unknown): ResizeMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const message = data as { type?: unknown; height?: unknown; id?: unknown }
  if (message.type !== RESIZE_TYPE) return null
  const height = clampMessageHeight(message.height)
  if (height === null) return null
  const result: ResizeMessage = { type: RESIZE_TYPE, height, id: typeof message.id === 'string' ? message.id : null }
  const min = clampMessageHeight((data as { minHeight?: unknown }).minHeight)
  if (min !== null) {
    result.minHeight = min
    result.height = Math.max(height, min)
  }
  return result
}

/** Whether a message asks the embed to post its height again. */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST_TYPE
}
