import type { DatasetMetadata } from '../data/validate'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { isoDateIn } from '../i18n/iso-date'

/**
 * The credit line of an embed and an image: the data's title, version and date, and the
 * basemap. In Japanese the title is the map's Japanese title and the date is written 2026年11月27日.
 */
export function creditLine(metadata: DatasetMetadata | null, t: Translate, lang: Lang = 'en'): string {
  const data =
    metadata === null
      ? t('creditNoData')
      : lang === 'ja'
        ? t('creditData', { title: t('appTitle'), version: metadata.version, date: isoDateIn(metadata.date, lang) })
        : t('creditData', { title: metadata.title, version: metadata.version, date: metadata.date })
  return `${data}${lang === 'ja' ? '。' : ' · '}${t('creditBasemap')}`
}
