import { createContext, useContext } from 'react'
import type { CampIndex } from '../camp-index/camp-index'
import type { LoadedData } from '../data/dataset'
import type { DatasetMetadata } from '../data/validate'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'

/**
 * What every part of the loaded app reads: the camp index and the dataset's metadata. Read
 * through the guard hooks below, which throw a sentence when used outside the provider (as
 * react-leaflet's useLeafletContext does), so no component has to check for null.
 */
export type AppContextValue = {
  /** The loaded files as validated (the image export renders from them). */
  data: LoadedData
  index: CampIndex
  metadata: DatasetMetadata | null
}

/**
 * The interface language and its translator. Provided as soon as the text has loaded, before
 * the data (App), so that the header over the loading and failure messages reads it too.
 */
export type LanguageValue = { lang: Lang; t: Translate }

const AppContext = createContext<AppContextValue | null>(null)
const LanguageContext = createContext<LanguageValue | null>(null)

export const AppContextProvider = AppContext.Provider
export const LanguageProvider = LanguageContext.Provider

function useAppContext(hook: string): AppContextValue {
  const value = useContext(AppContext)
  if (value === null)
    throw new Error(`No app context: ${hook}() can only be used inside <AppContextProvider> (src/context/app-context.tsx).`)
  return value
}

function useLanguage(hook: string): LanguageValue {
  const value = useContext(LanguageContext)
  if (value === null) throw new Error(`No language: ${hook}() can only be used inside <LanguageProvider> (src/context/app-context.tsx).`)
  return value
}

export function useCampIndex(): CampIndex {
  return useAppContext('useCampIndex').index
}

export function useLoadedData(): LoadedData {
  return useAppContext('useLoadedData').data
}

export function useMetadata(): DatasetMetadata | null {
  return useAppContext('useMetadata').metadata
}

export function useLang(): Lang {
  return useLanguage('useLang').lang
}

export function useTranslate(): Translate {
  return useLanguage('useTranslate').t
}
