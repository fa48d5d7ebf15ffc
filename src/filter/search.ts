/**
 * Folds text for matching across scripts: Unicode compatibility forms (full-width letters,
 * half-width katakana), case, Latin diacritics, Cyrillic ё, hiragana to katakana, and the
 * punctuation that varies between transcriptions (hyphens, middle dots, long-vowel marks).
 * @example normalizeForSearch('Комсомольск-на-Амуре') === normalizeForSearch('комсомольск на амуре')
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/[・ー]/g, '')
    .replace(/[\s\-‐‑–—_'’`"“”.,;:/()（）「」、。]+/g, ' ')
    .trim()
}

/** True when every word of the query occurs in one of the haystacks (already normalised). */
export function matchesQuery(normalizedHaystacks: readonly string[], query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const joined = normalizedHaystacks.join(' \u0000 ')
  return words.every((word) => joined.includes(word))
}
