import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { campName } from '../i18n/names'
import { tierMeaningKey, tierNameKey } from '../i18n/tier-messages'

/** What a camp marker says: its accessible name and its tooltip, in the interface language. */
export function describeMarker(camp: Camp, lang: Lang, t: Translate): { ariaLabel: string; tooltip: string } {
  const tier = tierKeyOf(camp.tier)
  const name = campName(camp, lang)
  return {
    ariaLabel: t('markerLabel', { number: String(camp.number), name, tier: `${t(tierNameKey[tier])}, ${t(tierMeaningKey[tier])}` }),
    tooltip: `${camp.number}. ${name}`,
  }
}
