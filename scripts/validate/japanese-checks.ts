import type { Camp, Rejection } from '../../src/data/schema'

/**
 * Checks of the Japanese text beside each English prose field, and of the aliases. A
 * translation changes no fact: where the English has a text, the Japanese has one; where
 * the English is null, so is the Japanese; `laborJa` has one term per `labor` term; and
 * every figure of three or more digits (1945, 40,000) appears in both languages.
 */

/** The English prose fields and their Japanese counterparts. */
export const TEXT_PAIRS = [
  ['modernName', 'modernNameJa'],
  ['tierBasis', 'tierBasisJa'],
  ['detainedBasis', 'detainedBasisJa'],
  ['deathsBasis', 'deathsBasisJa'],
  ['bamRole', 'bamRoleJa'],
  ['notes', 'notesJa'],
] as const satisfies readonly (readonly [keyof Camp, keyof Camp])[]

const FIGURE = /\d{1,3}(?:,\d{3})+|\d{3,}/g

/** The figures of three or more digits in a text, as written (e.g. "40,000", "1945"). */
export function figuresIn(text: string): string[] {
  return text.match(FIGURE) ?? []
}

const digits = (figure: string): string => figure.replaceAll(',', '')

/**
 * Figure mismatches between an English text and its Japanese translation, compared as
 * digit strings (so "40,000" matches "40000"): figures of the English missing in the
 * Japanese, and figures of the Japanese that the English does not have.
 */
export function figureMismatches(en: string, ja: string): { missingInJa: string[]; notInEn: string[] } {
  const enFigures = figuresIn(en)
  const jaFigures = figuresIn(ja)
  const enDigits = new Set(enFigures.map(digits))
  const jaDigits = new Set(jaFigures.map(digits))
  const unique = (list: string[]) => [...new Map(list.map((f) => [digits(f), f])).values()]
  return {
    missingInJa: unique(enFigures.filter((f) => !jaDigits.has(digits(f)))),
    notInEn: unique(jaFigures.filter((f) => !enDigits.has(digits(f)))),
  }
}

function pairProblems(id: string, jaField: string, en: string | null, ja: string | null): Rejection[] {
  if (en === null) return ja === null ? [] : [{ id, reason: `${jaField}: must be null where the English is null` }]
  if (ja === null) return [{ id, reason: `${jaField}: Japanese text missing (null) where the English has text` }]
  if (en.trim() !== '' && ja.trim() === '') return [{ id, reason: `${jaField}: Japanese text missing (empty) where the English has text` }]
  if (en.trim() === '' && ja.trim() !== '') return [{ id, reason: `${jaField}: has text where the English is empty` }]
  const { missingInJa, notInEn } = figureMismatches(en, ja)
  return [
    ...missingInJa.map((f) => ({ id, reason: `${jaField}: figure ${f} missing in Japanese` })),
    ...notInEn.map((f) => ({ id, reason: `${jaField}: figure ${f} in Japanese but not in English` })),
  ]
}

export function checkJapaneseText(camps: readonly Camp[]): Rejection[] {
  const problems: Rejection[] = []
  for (const camp of camps) {
    for (const [enField, jaField] of TEXT_PAIRS) problems.push(...pairProblems(camp.id, jaField, camp[enField], camp[jaField]))
    if (camp.laborJa.length !== camp.labor.length) {
      problems.push({ id: camp.id, reason: `laborJa: ${camp.laborJa.length} terms where labor has ${camp.labor.length}` })
    } else {
      camp.labor.forEach((term, i) => problems.push(...pairProblems(camp.id, `laborJa[${i}]`, term, camp.laborJa[i] ?? null)))
    }
  }
  return problems
}

/** Aliases compare equal when they differ only in case, width or surrounding spaces. */
export function aliasKey(alias: string): string {
  return alias.normalize('NFKC').trim().toLowerCase()
}

export function checkAliases(camps: readonly Camp[]): Rejection[] {
  const problems: Rejection[] = []
  for (const camp of camps) {
    const seen = new Set<string>()
    for (const alias of camp.aliases) {
      if (alias.trim() !== alias) problems.push({ id: camp.id, reason: `aliases: "${alias}" has surrounding spaces` })
      const key = aliasKey(alias)
      if (seen.has(key)) problems.push({ id: camp.id, reason: `aliases: "${alias}" is listed twice` })
      seen.add(key)
    }
  }
  return problems
}
