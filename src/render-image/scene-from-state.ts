import { FOCUS_ZOOM } from '../url/map-policy'
import { buildCampIndex } from '../camp-index/camp-index'
import type { Dataset } from '../data/dataset'
import type { DatasetMetadata } from '../data/validate'
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH, plainText } from '../url/plain-text'
import { creditLine } from './credit'
import { burialLayerText } from '../i18n/burial-layer-text'
import { tierKeyOf, tierKeys } from '../data/tier-key'
import { createTranslator } from '../i18n/catalogues'
import { tierMeaningKey } from '../i18n/tier-messages'
import { localName } from '../i18n/names'
import type { ViewState } from '../url/url-state'
import { deriveView } from '../view/derive-view'
import type { Lang } from '../i18n/lang'
import { layoutScale, type ImageSize } from './presets'
import { imageTexts } from './image-texts'
import { boundsOf, type ImageView } from './projection'
import type { ImageCamp, ImageLayers, ImageScene } from './types'

/**
 * From the app's own view state (src/url/url-state.ts) and the loaded data to the scene
 * the renderer draws: the same filter as the map (src/filter/filter-camps.ts), the same
 * names and legend texts (src/i18n). Pure.
 */

export type ImageData = { dataset: Dataset; metadata: DatasetMetadata | null }

export type ImageOptions = ImageSize & {
  /** Text above the map; undefined: the view's own (imageTexts); null or '': none. */
  title?: string | null
  /** The line under the title; undefined: the view's own; null or '': none. */
  subtitle?: string | null
  /** The source note below the map; undefined: the view's own (the data version); null or '': none. */
  caption?: string | null
  /** The language when the state has none (the app would use the browser's). */
  fallbackLang?: Lang
}

/** Plain, single-line text of at most `max` characters, as the embed's title and caption. */
export const cleanText = plainText

const given = (value: string | null | undefined, fallback: string | null, max: number): string | null =>
  value === undefined ? fallback : cleanText(value, max)

export function sceneFromState(state: ViewState, data: ImageData, layers: ImageLayers, options: ImageOptions): ImageScene {
  const index = buildCampIndex(data.dataset)
  // The same view model as the map: what the image shows is what the page shows.
  const { visible, selected, counts } = deriveView(index, state)
  const lang: Lang = state.lang ?? options.fallbackLang ?? 'en'
  const t = createTranslator(lang)
  const camps: ImageCamp[] = visible.map((camp) => ({
    id: camp.id,
    number: camp.number,
    label: `${camp.number}. ${localName(camp, lang)}`,
    tier: tierKeyOf(camp.tier),
    lngLat: camp.lngLat,
    uncertaintyKm: camp.locationPrecision === 'settlement' ? null : camp.uncertaintyKm,
  }))
  // An open camp hidden by the filters is still shown, as the map does with its detail.
  if (selected !== null && !camps.some((c) => c.id === selected.id)) {
    camps.push({
      id: selected.id,
      number: selected.number,
      label: `${selected.number}. ${localName(selected, lang)}`,
      tier: tierKeyOf(selected.tier),
      lngLat: selected.lngLat,
      uncertaintyKm: selected.locationPrecision === 'settlement' ? null : selected.uncertaintyKm,
    })
  }
  const view: ImageView =
    state.view !== null
      ? { kind: 'view', zoom: state.view.zoom, lat: state.view.lat, lon: state.view.lon }
      : selected !== null
        ? { kind: 'view', zoom: FOCUS_ZOOM, lat: selected.lngLat[1], lon: selected.lngLat[0] }
        : { kind: 'fit', bounds: boundsOf(visible.map((c) => c.lngLat)) }
  const scale = layoutScale(options)
  const texts = imageTexts(state, data, lang)
  const title = given(options.title, texts.title, MAX_TITLE_LENGTH)
  return {
    width: Math.round(options.width / scale),
    height: Math.round(options.height / scale),
    pixelWidth: options.width,
    pixelHeight: options.height,
    lang,
    title,
    subtitle: given(options.subtitle, texts.subtitle, MAX_TITLE_LENGTH),
    caption: given(options.caption, texts.note, MAX_CAPTION_LENGTH),
    credit: creditLine(data.metadata, t, lang),
    description: t('imageDescription', { title: title ?? t('appTitle'), count: visible.length }),
    camps,
    selectedId: selected?.id ?? null,
    bamLine: data.dataset.bamLine,
    layers,
    view,
    legend: {
      title: t('legendTitle'),
      group: t('imageKeyGroup'),
      displaced: t('legendDisplaced'),
      rows: tierKeys.map((tier) => ({ tier, label: t(tierMeaningKey[tier]), count: counts[tier] })),
      approximate: camps.some((c) => c.uncertaintyKm !== null) ? t('legendApproximate') : null,
      lines: {
        ussr: t('legendUssr1946'),
        borders: t('legendBorders'),
        railways: t('legendRailways'),
        bamBuilt: t('legendBamBuilt'),
        bamPlanned: t('legendBamPlanned'),
        water: t('legendWater'),
        towns: t('legendTowns'),
      },
      burials: burialLayerText(lang).layerName,
    },
  }
}
