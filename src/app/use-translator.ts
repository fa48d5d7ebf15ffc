import { useState, useSyncExternalStore } from 'react'
import { loadTranslator, type Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'

/**
 * The interface language's translator, its catalogue loaded once per language (each is
 * its own chunk, so the page loads only the reader's). Until the first arrives the page
 * has no text to show (`null`); after a language switch the previous language stays
 * shown until the new catalogue has loaded, so the page never blanks.
 */
export type Translation = { lang: Lang; t: Translate }

const loaded = new Map<Lang, Translate>()
const requested = new Set<Lang>()
const failed = new Set<Lang>()
const listeners = new Set<() => void>()

function changed(): void {
  for (const listener of [...listeners]) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Starts loading a language's catalogue, once (a failure stays until `retryTranslator`). */
function requestTranslator(lang: Lang): void {
  if (requested.has(lang) || failed.has(lang)) return
  requested.add(lang)
  loadTranslator(lang).then(
    (t) => {
      loaded.set(lang, t)
      changed()
    },
    () => {
      requested.delete(lang)
      failed.add(lang)
      changed()
    },
  )
}

/** Loads a catalogue again after it failed to load (the retry button). */
export function retryTranslator(lang: Lang): void {
  failed.delete(lang)
  changed()
  requestTranslator(lang)
}

/** The translator to render with (`null` before any), and whether the wanted language failed to load. */
export function useTranslator(lang: Lang): { translation: Translation | null; failed: boolean } {
  requestTranslator(lang)
  const current = useSyncExternalStore(subscribe, () => loaded.get(lang) ?? null)
  const didFail = useSyncExternalStore(subscribe, () => failed.has(lang))
  const [shown, setShown] = useState<Translation | null>(null)
  if (current !== null && (shown?.t !== current || shown.lang !== lang)) setShown({ lang, t: current })
  return { translation: current !== null ? { lang, t: current } : shown, failed: didFail && current === null }
}
