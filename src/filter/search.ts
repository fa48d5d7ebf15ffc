const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const PUNCTUATION = /[\s\-‐‑–—_'’`"“”.,;:/()（）「」、。]+/g

/**
 * Folds text for matching across scripts: Unicode compatibility forms (full-width letters,
 * half-width katakana), case, Latin diacritics, Cyrillic ё, hiragana to katakana, and the
 * punctuation that varies between transcriptions (hyphens, middle dots, long-vowel marks).
 * @example normalizeForSearch('Комсомольск-на-Амуре') === normalizeForSearch('комсомольск на амуре')
 */
export function normalizeForSearch(text: string): string {
  // Printable ASCII needs only case and punctuation folding: the same result, much faster.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(PUNCTUATION, ' ').trim()
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/[・ー]/g, '')
    .replace(PUNCTUATION, ' ')
    .trim()
}

/** The normalised words of a query; none for a blank query. */
export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean)
}

const joinedHaystacks = new WeakMap<readonly string[], string>()

/**
 * True when every word occurs in one of the haystacks (already normalised). The joined
 * haystack is cached per array, so filtering 50,000 camps does not join them again.
 */
export function matchesWords(normalizedHaystacks: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return true
  let joined = joinedHaystacks.get(normalizedHaystacks)
  if (joined === undefined) {
    joined = normalizedHaystacks.join(' \u0000 ')
    joinedHaystacks.set(normalizedHaystacks, joined)
  }
  const text = joined
  return words.every((word) => text.includes(word))
}

/** True when every word of the query occurs in one of the haystacks (already normalised). */
export function matchesQuery(normalizedHaystacks: readonly string[], query: string): boolean {
  return matchesWords(normalizedHaystacks, queryWords(query))
}
