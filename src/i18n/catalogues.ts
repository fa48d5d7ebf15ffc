import type { Lang } from './lang'
import { en, type Messages } from './en'
import { ja } from './ja'
import { translatorFor, type Translate } from './i18n'

const catalogues: Record<Lang, Messages> = { en, ja }

/**
 * A translator for either language at once, with both catalogues in the bundle: for the
 * image export (which writes English credits beside either language) and tests. The page
 * itself loads only the reader's catalogue (`loadTranslator`, i18n.ts).
 */
export function createTranslator(lang: Lang): Translate {
  return translatorFor(catalogues[lang], lang)
}
