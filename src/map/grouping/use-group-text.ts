import { useMemo } from 'react'
import { useTranslate } from '../../context/app-context'
import { tierMeaningKey } from '../../i18n/tier-messages'
import type { GroupText } from '../marker-props'

/** The words of group markers and their chooser list, in the interface language. */
export function useGroupText(): GroupText {
  const t = useTranslate()
  return useMemo(
    () => ({
      label: (names, tiers) =>
        t('groupLabel', {
          count: names.length,
          tiers: tiers.map((x) => t('groupTierCount', { count: x.count, tier: t(tierMeaningKey[x.tier]) })).join(', '),
          names: names.join(', '),
        }),
      chooserTitle: (count) => t('groupChooserTitle', { count }),
      close: t('close'),
    }),
    [t],
  )
}
