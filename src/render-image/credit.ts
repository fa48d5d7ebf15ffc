import type { DatasetMetadata } from '../data/validate'
import { createTranslator, type Translate } from '../i18n/i18n'

const englishTitle = createTranslator('en')('datasetTitle')

/**
 * The dataset's title in the reader's language: the catalogue's translation when the data
 * carries the title the catalogue knows (`datasetTitle`), else the data's own title as it is.
 */
function datasetTitle(metadata: DatasetMetadata, t: Translate): string {
  return metadata.title === englishTitle ? t('datasetTitle') : metadata.title
}

/** The credit line of an embed and an image: the data's title, version and date, and the basemap, in the reader's language. */
export function creditLine(metadata: DatasetMetadata | null, t: Translate): string {
  const data =
    metadata === null
      ? t('creditNoData')
      : t('creditData', { title: datasetTitle(metadata, t), version: metadata.version, date: metadata.date })
  return `${data} · ${t('creditBasemap')}`
}
