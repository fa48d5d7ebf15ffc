import type { DatasetMetadata } from '../data/validate'
import type { Translate } from '../i18n/i18n'

/** The credit line of an embed and an image: the data's title, version and date, and the basemap. */
export function creditLine(metadata: DatasetMetadata | null, t: Translate): string {
  const data =
    metadata === null ? t('creditNoData') : t('creditData', { title: metadata.title, version: metadata.version, date: metadata.date })
  return `${data} · ${t('creditBasemap')}`
}
