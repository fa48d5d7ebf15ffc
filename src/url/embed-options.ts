import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH, plainText } from './plain-text'

/**
 * The embed's own URL parameters (beside the shared state of url/url-state.ts):
 * `sidebar=0|1`, `legend=0|1`, `height=<px>`, `interactive=0|1`, `id=<name>`, and the
 * article preset's `title=` and `caption=` (plain text, shown above and below the map).
 * Pure: no DOM, no React, no Leaflet.
 */

export type EmbedOptions = {
  /** Show the compact BAM / camp list toggle under the map. */
  sidebar: boolean
  /** Show the legend over the map. */
  legend: boolean
  /** Height of the map itself in CSS pixels (the bar and an open list come on top). */
  heightPx: number
  /** false: a static locator map, the reader cannot pan or zoom. */
  interactive: boolean
  /** A name the host chose for this embed, echoed in the resize messages; null if none. */
  id: string | null
  /** Plain text above the map (at most 120 characters), or null. */
  title: string | null
  /** Plain text below the map (at most 300 characters), or null. */
  caption: string | null
}

export const MIN_HEIGHT_PX = 200
export const MAX_HEIGHT_PX = 2000
export const DEFAULT_HEIGHT_PX = 500
/** Height of the bar under the map ("Open full map", the list toggle); see app.css. */
export const EMBED_BAR_PX = 40

export const defaultEmbedOptions: EmbedOptions = {
  sidebar: true,
  legend: true,
  heightPx: DEFAULT_HEIGHT_PX,
  interactive: true,
  id: null,
  title: null,
  caption: null,
}

const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/

function parseFlag(value: string | null, fallback: boolean): boolean {
  if (value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  return fallback
}

/** Clamps a height to the allowed range; non-numbers give the default. */
export function clampHeightPx(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_HEIGHT_PX
  return Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(value)))
}

function parseHeight(value: string | null): number {
  if (value === null || !/^\d{1,6}(?:px)?$/.test(value)) return DEFAULT_HEIGHT_PX
  return clampHeightPx(Number.parseInt(value, 10))
}

/**
 * Reads the embed options from `location.search`. Total: unknown or malformed values fall
 * back to the defaults, it never throws.
 *
 * @example parseEmbedOptions('?sidebar=0&height=380') // { sidebar: false, heightPx: 380, … }
 */
export function parseEmbedOptions(search: string): EmbedOptions {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search)
  } catch {
    params = new URLSearchParams()
  }
  const id = params.get('id')
  return {
    sidebar: parseFlag(params.get('sidebar'), defaultEmbedOptions.sidebar),
    legend: parseFlag(params.get('legend'), defaultEmbedOptions.legend),
    heightPx: parseHeight(params.get('height')),
    interactive: parseFlag(params.get('interactive'), defaultEmbedOptions.interactive),
    id: id !== null && EMBED_ID.test(id) ? id : null,
    title: plainText(params.get('title'), MAX_TITLE_LENGTH),
    caption: plainText(params.get('caption'), MAX_CAPTION_LENGTH),
  }
}

/**
 * The options that differ from the defaults as `key=value` pairs in canonical order,
 * without a leading `?` (empty for the defaults). parseEmbedOptions reads them back.
 */
export function formatEmbedParams(options: EmbedOptions): string {
  const params = new URLSearchParams()
  if (options.sidebar !== defaultEmbedOptions.sidebar) params.set('sidebar', options.sidebar ? '1' : '0')
  if (options.legend !== defaultEmbedOptions.legend) params.set('legend', options.legend ? '1' : '0')
  const heightPx = clampHeightPx(options.heightPx)
  if (heightPx !== DEFAULT_HEIGHT_PX) params.set('height', String(heightPx))
  if (options.interactive !== defaultEmbedOptions.interactive) params.set('interactive', options.interactive ? '1' : '0')
  if (options.id !== null && EMBED_ID.test(options.id)) params.set('id', options.id)
  const title = plainText(options.title, MAX_TITLE_LENGTH)
  if (title !== null) params.set('title', title)
  const caption = plainText(options.caption, MAX_CAPTION_LENGTH)
  if (caption !== null) params.set('caption', caption)
  return params.toString()
}

/** Joins a state search (`?a=1` or '') with extra `k=v` pairs into one search string. */
export function joinSearch(search: string, extra: string): string {
  if (extra === '') return search
  return search === '' ? `?${extra}` : `${search}&${extra}`
}
