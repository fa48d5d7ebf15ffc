import type { BurialData } from '../burials/burial-data'
import { burialMessages, siteName } from '../i18n/burial-messages'
import { rankBurialSites, type SiteMatchField } from '../burials/burial-search'
import type { LngLat } from '../data/schema'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { BurialGlyph } from '../ui/BurialGlyph'
import type { SearchOption } from './SearchBox'

/** A burial site listed under the search box: loaded with the burial data, not for the first paint. */
export type SiteOption = SearchOption & { kind: 'site'; lngLat: LngLat | null }

const fieldLanguage = { name: 'nameEn', nameJa: 'nameJa', nameRu: 'nameRu' } as const
const fieldLang = { name: 'en', nameJa: 'ja', nameRu: 'ru' } as const

/** Why a site matched, in the reader's words: its kind first (a cemetery, a memorial), then the text that answered. */
function reasonText(field: SiteMatchField, site: BurialData['sites'][number], lang: Lang, t: Translate): string {
  const m = burialMessages(lang)
  const why =
    field === 'campNumber'
      ? t('matchSiteNumber', { text: site.campNumber ?? '' })
      : fieldLang[field] === lang
        ? ''
        : t('matchNameIn', { language: t(fieldLanguage[field]), name: site[field] ?? '' })
  return [t('matchSite', { kind: m.kind[site.kind] }), why, site.lngLat === null ? m.notPlaced : ''].filter((x) => x !== '').join(' · ')
}

/**
 * The burial sites that answer the query, ranked, as options of their own kind. With a
 * region or area chosen (`regions`), only the sites the sources place there.
 */
export function burialOptions(data: BurialData, query: string, regions: readonly string[] | null, lang: Lang, t: Translate): SiteOption[] {
  const sites = regions === null ? data.sites : data.sites.filter((s) => s.region !== null && regions.includes(s.region))
  return rankBurialSites(sites, query).map(({ site, field }) => ({
    kind: 'site',
    id: site.id,
    name: siteName(site, lang),
    reason: reasonText(field, site, lang, t),
    symbol: <BurialGlyph scale={1} />,
    lngLat: site.lngLat,
  }))
}
