import { localName } from '../i18n/names'
import type { Camp, Region } from '../data/schema'
import type { Translate } from '../i18n/i18n'
import type { MessageKey } from '../i18n/en'
import type { Lang } from '../i18n/lang'

const precisionKey: Record<Camp['locationPrecision'], MessageKey> = {
  settlement: 'precisionSettlement',
  approximate: 'precisionApproximate',
  region: 'precisionRegion',
}

/** Today's country name in the reader's language (ISO code when the browser has no name). */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** "Amur Oblast (then part of Khabarovsk Krai)" in the reader's language. */
export function regionText(region: Region | undefined, slug: string, regions: Iterable<Region>, lang: Lang, t: Translate): string {
  if (!region) return slug
  const nameOf = (r: Region) => localName(r, lang)
  if (region.partOf === null) return nameOf(region)
  const parent = [...regions].find((r) => r.nameEn === region.partOf)
  const parentName = parent ? nameOf(parent) : lang === 'ja' ? (region.partOfJa ?? region.partOf) : region.partOf
  return lang === 'ja'
    ? `${nameOf(region)}（${t('partOf', { parent: parentName })}）`
    : `${nameOf(region)} (${t('partOf', { parent: parentName })})`
}

export function locationText(camp: Camp, t: Translate): string {
  return t(precisionKey[camp.locationPrecision], { km: camp.uncertaintyKm })
}

/** 52.84° N, 103.53° E */
export function coordinatesText([lng, lat]: readonly [number, number]): string {
  const ns = lat >= 0 ? 'N' : 'S'
  const ew = lng >= 0 ? 'E' : 'W'
  return `${Math.abs(lat).toFixed(3)}° ${ns}, ${Math.abs(lng).toFixed(3)}° ${ew}`
}
