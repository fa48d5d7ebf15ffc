import type { BurialSite } from '../data/burial-schema'

/**
 * Finds burial sites by their names in English, Japanese and Russian. Pure. Matching
 * ignores case, width (full-width Latin, half-width katakana: NFKC), Latin diacritics,
 * hiragana against katakana, the long-vowel mark and the middle dot, and Cyrillic ё/е.
 */

export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/ё/g, 'е')
    .replace(/[ー・\-‐'’"“”()（）「」、,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The search keys of a site: its three names and its id. */
function keysOf(site: BurialSite): string[] {
  return [site.name, site.nameJa, site.nameRu ?? '', site.id.replace(/-/g, ' ')].map(normalizeName)
}

/**
 * The sites whose names hold every word of the query (in any of the three languages),
 * in file order; an empty query finds nothing.
 */
export function searchBurialSites(sites: readonly BurialSite[], query: string): BurialSite[] {
  const words = normalizeName(query)
    .split(' ')
    .filter((w) => w !== '')
  if (words.length === 0) return []
  return sites.filter((site) => {
    const keys = keysOf(site)
    return words.every((word) => keys.some((key) => key.includes(word)))
  })
}
