const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
/** ヴァ ヴィ ヴェ ヴォ are written バ ビ ベ ボ as often: fold them together. */
const VU_ROW: Record<string, string> = { ァ: 'バ', ィ: 'ビ', ェ: 'ベ', ォ: 'ボ' }
/** Small kana (シェ / シエ, ファ / フア) vary between transcriptions: fold to the full-size letter. */
const SMALL_KANA: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ヵ: 'カ',
  ヶ: 'ケ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
}
const PUNCTUATION = /[\s\-‐‑–—_'’`"“”.,;:/()（）「」、。]+/g

/**
 * Folds text for matching across scripts: Unicode compatibility forms (full-width letters,
 * half-width katakana), case, Latin diacritics, Cyrillic ё, hiragana to katakana, and the
 * punctuation that varies between transcriptions (hyphens, middle dots, long-vowel marks),
 * and the katakana that vary between transcriptions (ッ dropped, small kana full size, ヴ as ブ).
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
    .replace(/ヴ([ァィェォ])/g, (_, small: string) => VU_ROW[small] ?? 'ブ')
    .replace(/ヴ/g, 'ブ')
    .replace(/[ッ・ー]/g, '')
    .replace(/[ァィゥェォヵヶャュョヮ]/g, (ch) => SMALL_KANA[ch] ?? ch)
    .replace(PUNCTUATION, ' ')
    .trim()
}

/** The normalised words of a query; none for a blank query. */
export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean)
}

const joinedHaystacks = new WeakMap<readonly string[], string>()
const compactHaystacks = new WeakMap<readonly string[], string>()

/** Prefixes and suffixes people write around a camp number: No. 7, #7, 第7, лагерь 7, 第7収容所. */
const NUMBER_QUERY = /^(?:(?:no|nr|#|第|лагерь|лаг|camp|gupvi|гупви|収容所)\s*)*(\d{1,4})\s*(?:収容所|地区|号|番|ラゲリ)?$/

/**
 * The camp number a query asks for ("No. 7", "7", "第7", "лагерь 7", "No.7", "#7",
 * full-width digits), or null when the query is not a number.
 */
export function numberQuery(query: string): string | null {
  const match = NUMBER_QUERY.exec(normalizeForSearch(query))
  return match ? String(Number(match[1])) : null
}

/** True when a (normalised) text has the number as a whole number, not inside 17 or 70. */
export function containsNumber(normalizedText: string, n: string): boolean {
  return new RegExp(`(?:^|\\D)${n}(?:\\D|$)`).test(normalizedText)
}

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
  if (words.every((word) => text.includes(word))) return true
  // Spaces are not significant: "ulanbator" finds "ulan bator" and "ulan bator" finds "ulanbator".
  let compact = compactHaystacks.get(normalizedHaystacks)
  if (compact === undefined) {
    compact = normalizedHaystacks.map((h) => h.replace(/ /g, '')).join('\u0000')
    compactHaystacks.set(normalizedHaystacks, compact)
  }
  return compact.includes(words.join(''))
}
