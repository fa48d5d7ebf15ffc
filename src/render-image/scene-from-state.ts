import { buildCampIndex, type Dataset } from '../data/camp-index'
import type { DatasetMetadata } from '../data/validate'
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH, plainText } from '../embed/plain-text'
import { creditLine } from './credit'
import { countByTier, filterCamps } from '../filter/filter-camps'
import { tierKeyOf, tierKeys } from '../filter/tier-key'
import { createTranslator } from '../i18n/i18n'
import { tierMeaningKey } from '../i18n/tier-messages'
import { campName } from '../sidebar/camp-name'
import { resolveAgainstData, type Lang, type ViewState } from '../url/url-state'
import { layoutScale, type ImageSize } from './presets'
import { boundsOf, type ImageView } from './projection'
import type { ImageCamp, ImageLayers, ImageScene } from './types'

/**
 * From the app's own view state (src/url/url-state.ts) and the loaded data to the scene
 * the renderer draws: the same filter as the map (src/filter/filter-camps.ts), the same
 * names and legend texts (src/i18n). Pure.
 */

export type ImageData = { dataset: Dataset; metadata: DatasetMetadata | null }

export type ImageOptions = ImageSize & {
  /** Text above the map; undefined: the app's title; null or '': none. */
  title?: string | null
  /** Text below the map; undefined, null or '': none. */
  caption?: string | null
  /** The language when the state has none (the app would use the browser's). */
  fallbackLang?: Lang
}

/** Zoom the map uses to centre an open camp when the URL has no view (MapViewSync). */
const FOCUS_ZOOM = 6

/** Plain, single-line text of at most `max` characters, as the embed's title and caption. */
export const cleanText = plainText

export function sceneFromState(state: ViewState, data: ImageData, layers: ImageLayers, options: ImageOptions): ImageScene {
  const index = buildCampIndex(data.dataset)
  const resolved = resolveAgainstData(state, { campIds: index.byId, regionSlugs: index.regionsBySlug })
  const lang: Lang = resolved.lang ?? options.fallbackLang ?? 'en'
  const t = createTranslator(lang)
  const visible = filterCamps(index.camps, { region: resolved.region, area: resolved.area, tiers: resolved.tiers, query: resolved.q }, index)
  const selected = resolved.camp === null ? null : (index.byId.get(resolved.camp) ?? null)
  const counts = countByTier(visible)
  const camps: ImageCamp[] = visible.map((camp) => ({
    id: camp.id,
    number: camp.number,
    label: `${camp.number}. ${campName(camp, lang)}`,
    tier: tierKeyOf(camp.tier),
    lngLat: camp.lngLat,
    uncertaintyKm: camp.locationPrecision === 'settlement' ? null : camp.uncertaintyKm,
  }))
  // An open camp hidden by the filters is still shown, as the map does with its detail.
  if (selected !== null && !camps.some((c) => c.id === selected.id)) {
    camps.push({
      id: selected.id,
      number: selected.number,
      label: `${selected.number}. ${campName(selected, lang)}`,
      tier: tierKeyOf(selected.tier),
      lngLat: selected.lngLat,
      uncertaintyKm: selected.locationPrecision === 'settlement' ? null : selected.uncertaintyKm,
    })
  }
  const view: ImageView =
    resolved.view !== null
      ? { kind: 'view', zoom: resolved.view.zoom, lat: resolved.view.lat, lon: resolved.view.lon }
      : selected !== null
        ? { kind: 'view', zoom: FOCUS_ZOOM, lat: selected.lngLat[1], lon: selected.lngLat[0] }
        : { kind: 'fit', bounds: boundsOf(visible.map((c) => c.lngLat)) }
  const scale = layoutScale(options)
  const title = options.title === undefined ? t('appTitle') : cleanText(options.title, MAX_TITLE_LENGTH)
  return {
    width: Math.round(options.width / scale),
    height: Math.round(options.height / scale),
    pixelWidth: options.width,
    pixelHeight: options.height,
    lang,
    title,
    caption: cleanText(options.caption, MAX_CAPTION_LENGTH),
    credit: creditLine(data.metadata, t),
    description: t('imageDescription', { title: title ?? t('appTitle'), count: visible.length }),
    camps,
    selectedId: selected?.id ?? null,
    bamLine: data.dataset.bamLine,
    layers,
    view,
    legend: {
      title: t('legendTitle'),
      rows: tierKeys.map((tier) => ({ tier, label: t(tierMeaningKey[tier]), count: counts[tier] })),
      bam: t('legendBam'),
      approximate: camps.some((c) => c.uncertaintyKm !== null) ? t('legendApproximate') : null,
    },
  }
}
