import type { Camp, Region } from '../data/schema'
import type { CampSearchResult, MatchReason } from '../filter/search-rank'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { localName } from '../i18n/names'

const fieldLanguage = { name: 'nameEn', nameJa: 'nameJa', nameRu: 'nameRu' } as const
const fieldLang = { name: 'en', nameJa: 'ja', nameRu: 'ru' } as const

/** Why a camp matched, in the reader's words: "camp No. 7", "also written Tayshet", "map entry 7". */
function reasonText(reason: MatchReason, camp: Camp, region: Region | undefined, lang: Lang, t: Translate): string {
  switch (reason.type) {
    case 'campNumber':
      return t('matchCampNumber', { number: reason.number })
    case 'catalogue':
      return t('matchCatalogue', { number: String(reason.number) })
    case 'name':
      // The name shown is the reader's language: say which other name matched.
      if (fieldLang[reason.field] === lang || (reason.field === 'name' && lang === 'ja' && camp.nameJa.trim() === '')) return t('matchName')
      return t('matchNameIn', { language: t(fieldLanguage[reason.field]), name: camp[reason.field] })
    case 'alias':
      return t('matchAlias', { name: reason.text })
    case 'modernName':
      return t('matchModern', { name: reason.text })
    case 'region':
      return t('matchRegion', { region: region === undefined ? camp.region : localName(region, lang) })
    case 'any':
      return ''
  }
}

/** The camp results listed under the search box: its name in the reader's language and why it matched. */
export function campOptions(
  results: readonly CampSearchResult[],
  regionsBySlug: ReadonlyMap<string, Region>,
  lang: Lang,
  t: Translate,
): { kind: 'camp'; id: string; name: string; reason: string; camp: Camp }[] {
  return results.map(({ camp, reason }) => ({
    kind: 'camp',
    id: camp.id,
    name: localName(camp, lang),
    reason: reasonText(reason, camp, regionsBySlug.get(camp.region), lang, t),
    camp,
  }))
}
