import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import { tierText } from './tier-text'
import type { Translate } from './i18n'
import type { Lang } from './lang'
import { localName } from './names'

/**
 * What a camp marker says: its accessible name (the tier said once), the name it has when it
 * is one of a link's other camps (camp=a,b), and its tooltip, in the interface language.
 */
export function describeMarker(camp: Camp, lang: Lang, t: Translate): { ariaLabel: string; tooltip: string; linkedLabel: string } {
  const name = localName(camp, lang)
  const words = { number: String(camp.number), name, tier: tierText(tierKeyOf(camp.tier), t) }
  return {
    ariaLabel: t('markerLabel', words),
    linkedLabel: t('markerLabelLinked', words),
    tooltip: `#${String(camp.number)} ${name}`,
  }
}
