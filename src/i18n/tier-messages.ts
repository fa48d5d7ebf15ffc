import type { TierKey } from '../data/tier-key'
import type { MessageKey } from './en'

/** "Tier 1" … "Tier not established". */
export const tierNameKey: Record<TierKey, MessageKey> = {
  '1': 'tierName1',
  '2': 'tierName2',
  '3': 'tierName3',
  '4': 'tierName4',
  unknown: 'tierNameUnknown',
}

/** The legend's meaning of each tier: "over 20,000 detained" … "tier not established". */
export const tierMeaningKey: Record<TierKey, MessageKey> = {
  '1': 'legendTier1',
  '2': 'legendTier2',
  '3': 'legendTier3',
  '4': 'legendTier4',
  unknown: 'legendTierUnknown',
}
