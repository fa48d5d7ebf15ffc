/**
 * Checks of the Japanese text against docs/style-ja.md (its machine-readable part,
 * docs/style-ja.json): no Latin-script word outside the style sheet's allowlist, one form
 * per place and term, and totals that add up. Pure functions over texts; the test
 * (japanese-style.test.ts) runs them over geodata/, src/i18n/ja.ts and src/render-image/.
 */

export type StyleSheet = {
  places: readonly { en: string; use: string; avoid: readonly string[] }[]
  terms: readonly { en: string; use: string; avoid: readonly string[] }[]
  allowedLatin: { acronyms: readonly string[]; units: readonly string[]; names: readonly string[] }
}

/** One Japanese text of the data or the interface, and where it is: file, item (camp id…), field. */
export type JaText = {
  file: string
  item: string
  field: string
  text: string
  /** Words this text may contain because a source it cites publishes under them (author, address). */
  ownNames?: ReadonlySet<string>
}

export type StyleProblem = { file: string; item: string; field: string; reason: string }

const LATIN_WORD = /[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ0-9_'’-]*(?:(?:\.[A-Za-z0-9_-]+)+(?:\/[A-Za-z0-9_.~-]+)*)?/g
/** A foreign person's initial before a middle dot, as Japanese writes it: W・F・ニモ. */
const INITIAL = /(?<![A-Za-z])[A-Z](?=・)/g
/** A host, with or without a path: mytashkent.uz, issuu.com/nash_dom-tatarstan. */
const WEB_ADDRESS = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z]{2,}(?:\/[A-Za-z0-9_.~-]+)*$/
const PLACEHOLDER = /\{[A-Za-z]+\}/g

/** The Latin-script words of a text (web addresses kept whole; placeholders such as {km} and initials such as W・ left out). */
export function latinWords(text: string): string[] {
  return text.replace(PLACEHOLDER, ' ').replace(INITIAL, ' ').match(LATIN_WORD) ?? []
}

/** The words a source publishes under: the Latin words of its author and address. */
export function namesOfSource(source: { author: string; url: string | null }): string[] {
  return [...latinWords(source.author), ...latinWords(source.url ?? '').flatMap((w) => [w, ...w.split(/[./]/)])]
}

/** Latin words not allowed by the style sheet, each once. */
export function disallowedLatin(entry: JaText, sheet: StyleSheet): string[] {
  const allowed = new Set([...sheet.allowedLatin.acronyms, ...sheet.allowedLatin.units, ...sheet.allowedLatin.names])
  const bad = latinWords(entry.text).filter((w) => !allowed.has(w) && !WEB_ADDRESS.test(w) && !(entry.ownNames?.has(w) ?? false))
  return [...new Set(bad)]
}

/** The text outside quotations 「…」 and titles 『…』, which keep the spelling of their source. */
export function outsideQuotes(text: string): string {
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '「' || ch === '『') depth += 1
    else if ((ch === '」' || ch === '』') && depth > 0) depth -= 1
    else if (depth === 0) out += ch
  }
  return out
}

/** Variants of a place or term the style sheet says to avoid, with the form to use. */
export function avoidedForms(text: string, sheet: StyleSheet): { found: string; use: string }[] {
  const plain = outsideQuotes(text)
  return [...sheet.places, ...sheet.terms].flatMap((entry) =>
    entry.avoid.filter((v) => plain.includes(v)).map((found) => ({ found, use: entry.use })),
  )
}

export function checkJaTexts(texts: readonly JaText[], sheet: StyleSheet): StyleProblem[] {
  const problems: StyleProblem[] = []
  for (const entry of texts) {
    const at = { file: entry.file, item: entry.item, field: entry.field }
    for (const word of disallowedLatin(entry, sheet)) {
      problems.push({
        ...at,
        reason: `Latin-script word "${word}" in Japanese text (write it in Japanese, or add it to the allowlist of docs/style-ja.json)`,
      })
    }
    for (const { found, use } of avoidedForms(entry.text, sheet)) {
      problems.push({ ...at, reason: `"${found}": the style sheet's form is "${use}" (docs/style-ja.json)` })
    }
  }
  return problems
}

export function formatProblem(p: StyleProblem): string {
  return `${p.file}: ${p.item} ${p.field}: ${p.reason}`
}

const num = (s: string): number => Number(s.replaceAll(',', ''))

/**
 * Totals given with their parts, as the history writes them: "763,380 (208,375 returned,
 * 477,898 remaining and 77,107 dead)", 「763,380人（帰還208,375人、残留477,898人、死亡77,107人）」.
 * Returns each total found and the sum of its parts; a total with one part or none is not a breakdown.
 */
export function breakdowns(text: string): { total: number; sum: number; parts: number[] }[] {
  const found: { total: number; sum: number; parts: number[] }[] = []
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+)(?:人)?\s?[（(]([^）)]*)[）)]/g)) {
    const inner = m[2] ?? ''
    const isBreakdown = /returned|remaining|dead|帰還|残留|死亡/.test(inner)
    const parts = [...inner.matchAll(/\d{1,3}(?:,\d{3})+/g)].map((p) => num(p[0]))
    if (!isBreakdown || parts.length < 2) continue
    found.push({ total: num(m[1] ?? '0'), sum: parts.reduce((a, b) => a + b, 0), parts })
  }
  return found
}
