import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import { tierText } from './camp-text'
import type { Translate } from './i18n'
import type { Lang } from './lang'
import { localName } from './names'

/** What a camp marker says: its accessible name (the tier said once) and its tooltip, in the interface language. */
export function describeMarker(camp: Camp, lang: Lang, t: Translate): { ariaLabel: string; tooltip: string } {
  const name = localName(camp, lang)
  return {
    ariaLabel: t('markerLabel', { number: String(camp.number), name, tier: tierText(tierKeyOf(camp.tier), t) }),
    tooltip: `#${String(camp.number)} ${name}`,
  }
}
