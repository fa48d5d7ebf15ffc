import { buildCampIndex } from '../camp-index/camp-index'
import { createTranslator } from '../i18n/catalogues'
import type { Lang } from '../i18n/lang'
import { localName } from '../i18n/names'
import type { ViewState } from '../url/url-state'
import { deriveView } from '../view/derive-view'
import type { ImageData } from './scene-from-state'

export type ImageTexts = { title: string; subtitle: string; note: string | null }

/**
 * The texts an image of this view starts with, in its language: the region's or area's name
 * (else the camp's, else the app's title), how many camps it shows and by which search,
 * and the data version. The Share dialog prefills its fields with them; the CLI uses them
 * unless told otherwise.
 */
export function imageTexts(state: ViewState, data: ImageData, fallbackLang: Lang = 'en'): ImageTexts {
  const index = buildCampIndex(data.dataset)
  const { visible, filters, selected } = deriveView(index, state)
  const lang: Lang = state.lang ?? fallbackLang
  const t = createTranslator(lang)
  const region = filters.region !== null ? index.regionsBySlug.get(filters.region) : undefined
  const area = filters.area !== null ? index.areas.find((a) => a.slug === filters.area) : undefined
  const place = region ? localName(region, lang) : area ? localName(area, lang) : null
  const title =
    place !== null
      ? t('imageTitlePlace', { place })
      : selected !== null && visible.length <= 1
        ? t('imageTitlePlace', { place: localName(selected, lang) })
        : t('appTitle')
  const query = state.q.trim()
  const subtitle = query === '' ? t('imageSubtitle', { count: visible.length }) : t('imageSubtitleSearch', { count: visible.length, query })
  const note = data.metadata === null ? null : t('imageNote', { version: data.metadata.version, date: data.metadata.date })
  return { title, subtitle, note }
}
