import type { BurialSite } from '../data/burial-schema'

/**
 * Finds burial sites by their names in English, Japanese and Russian, and by the camp,
 * branch or register number their sources give (e.g. the ministry's "3006"). Pure. Matching
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
    .replace(/[ー・\-‐'’"“”()（）「」、,.;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Which of a site's texts answered the query. */
export type SiteMatchField = 'name' | 'nameJa' | 'nameRu' | 'campNumber'

/** A site that answers a query, and why; `rank` orders them (lower first). */
export type SiteSearchResult = { kind: 'site'; site: BurialSite; field: SiteMatchField; rank: number }

const FIELDS: readonly SiteMatchField[] = ['name', 'nameJa', 'nameRu', 'campNumber']

const keysBySite = new WeakMap<BurialSite, readonly string[]>()

/**
 * The search keys of a site, in the order of FIELDS, then its id (which counts as its name);
 * normalised once per site, not at every keystroke.
 */
function keysOf(site: BurialSite): readonly string[] {
  const known = keysBySite.get(site)
  if (known !== undefined) return known
  const keys = [site.name, site.nameJa, site.nameRu ?? '', site.campNumber ?? '', site.id.replace(/-/g, ' ')].map(normalizeName)
  keysBySite.set(site, keys)
  return keys
}

/** A number is found only whole: "7" is in "branch 7", not in "1937". */
function holds(key: string, word: string): boolean {
  if (!/^\d+$/.test(word)) return key.includes(word)
  return new RegExp(`(?<!\\d)${word}(?!\\d)`).test(key)
}

/** How well a key answers the words: 0 the whole key, 1 its start, 2 anywhere, null not at all. */
function keyScore(key: string, words: readonly string[]): number | null {
  if (key === '' || !words.every((w) => holds(key, w))) return null
  if (key === words.join(' ')) return 0
  return key.startsWith(words[0] ?? '') ? 1 : 2
}

function queryWordsOf(query: string): string[] {
  return normalizeName(query)
    .split(' ')
    .filter((w) => w !== '')
}

/**
 * The sites that answer a query, best first: a whole name before the start of a name before
 * a word inside one, a name before a camp or register number, then in file order. Every word
 * must stand in one of the site's texts; an empty query finds nothing.
 */
export function rankBurialSites(sites: readonly BurialSite[], query: string): SiteSearchResult[] {
  const words = queryWordsOf(query)
  if (words.length === 0) return []
  const found: SiteSearchResult[] = []
  for (const site of sites) {
    let best: { field: SiteMatchField; rank: number } | null = null
    for (const [at, key] of keysOf(site).entries()) {
      const score = keyScore(key, words)
      if (score === null) continue
      const field = FIELDS[at] ?? 'name'
      const rank = score * 2 + (field === 'campNumber' ? 1 : 0)
      if (best === null || rank < best.rank) best = { field, rank }
    }
    if (best === null) {
      // Words spread over several texts ("kadala 3063") still find the site.
      const joined = keysOf(site).join(' \u0000 ')
      if (words.every((w) => holds(joined, w))) best = { field: 'name', rank: 6 }
    }
    if (best !== null) found.push({ kind: 'site', site, ...best })
  }
  return found.sort((a, b) => a.rank - b.rank)
}
