import { useEffect, useMemo, useState } from 'react'
import { useBurialData } from '../context/use-burial-data'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import type { SiteOption } from './burial-options'

type Rank = (typeof import('./burial-options'))['burialOptions']

/**
 * The burial sites that answer the search, as options under the box. The sites and the
 * code that ranks them are fetched when the reader first types, never for the first paint;
 * until then there are none.
 */
export function useSiteOptions(query: string, regions: readonly string[] | null, lang: Lang, t: Translate): readonly SiteOption[] {
  const wanted = query.trim() !== ''
  const state = useBurialData(wanted)
  const [rank, setRank] = useState<{ burialOptions: Rank } | null>(null)
  const needed = wanted && rank === null
  useEffect(
    function loadRanking() {
      if (!needed) return
      let live = true
      import('./burial-options').then(
        ({ burialOptions }) => {
          if (live) setRank({ burialOptions })
        },
        () => undefined,
      )
      return () => {
        live = false
      }
    },
    [needed],
  )
  const regionsKey = regions === null ? null : regions.join(',')
  return useMemo(
    () => (!wanted || rank === null || state.status !== 'ready' ? [] : rank.burialOptions(state.data, query, regions, lang, t)),
    // regionsKey stands for regions by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [wanted, rank, state, query, regionsKey, lang, t],
  )
}
