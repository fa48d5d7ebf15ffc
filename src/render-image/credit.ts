import type { DatasetMetadata } from '../data/validate'
import type { Translate } from '../i18n/i18n'
import { createTranslator } from '../i18n/catalogues'
import type { Lang } from '../i18n/lang'
import { isoDateIn } from '../i18n/iso-date'

const englishTitle = createTranslator('en')('datasetTitle')

/**
 * The dataset's title in the reader's language: the catalogue's translation when the data
 * carries the title the catalogue knows (`datasetTitle`), else the data's own title as it is.
 */
function datasetTitle(metadata: DatasetMetadata, t: Translate): string {
  return metadata.title === englishTitle ? t('datasetTitle') : metadata.title
}

/**
 * The credit line of an embed and an image: the data's title, version and date, and the
 * basemap, in the reader's language (in Japanese the date is written 2026年11月27日).
 */
export function creditLine(metadata: DatasetMetadata | null, t: Translate, lang: Lang = 'en'): string {
  const data =
    metadata === null
      ? t('creditNoData')
      : t('creditData', { title: datasetTitle(metadata, t), version: metadata.version, date: isoDateIn(metadata.date, lang) })
  return `${data}${lang === 'ja' ? '。' : ' · '}${t('creditBasemap')}`
}
