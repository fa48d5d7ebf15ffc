import type { TierKey } from '../data/tier-key'
import type { Translate } from './i18n'
import { tierMeaningKey, tierNameKey } from './tier-messages'

/**
 * A tier in words, said once, pure. Its own module because every camp marker's name says it
 * at first paint, while the rest of a camp's words (`camp-text.ts`) load with the camp panel.
 */

function sameWords(a: string, b: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s:：.。]/g, '')
  return fold(a) === fold(b)
}

/** "Tier 2: over 10,000 detained"; "Tier not established" once, not twice. */
export function tierText(tier: TierKey, t: Translate): string {
  const name = t(tierNameKey[tier])
  const meaning = t(tierMeaningKey[tier])
  return sameWords(name, meaning) ? name : t('tierNameAndMeaning', { name, meaning })
}
