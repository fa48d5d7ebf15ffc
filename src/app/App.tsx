import { useCallback, useEffect, useMemo, useSyncExternalStore, type ComponentType } from 'react'
import { indexCamps } from '../camp-index/index-camps'
import { AppContextProvider, LanguageProvider, type AppContextValue, type LanguageValue } from '../context/app-context'
import type { Rejection } from '../data/schema'
import { chooseLang } from '../i18n/i18n'
import { campDetailPart } from '../detail/camp-detail-part'
import { burialWords } from '../legend/burial-words-part'
import { selectBurialsOn, selectCampId, selectDataPath, selectLang } from '../state/selectors'
import { getUrlState, useUrlSelector } from '../state/url-store'
import { ErrorBoundary } from './ErrorBoundary'
import type { AppData } from './load-data'
import { useCampData } from './use-camp-data'
import { retryTranslator, useTranslator } from './use-translator'

const reducedMotionQuery = '(prefers-reduced-motion: reduce)'

function subscribeToMotion(listener: () => void): () => void {
  const media = window.matchMedia(reducedMotionQuery)
  media.addEventListener('change', listener)
  return () => media.removeEventListener('change', listener)
}

/** What a page's layout gets once the data has loaded (inside the app context). */
export type LayoutProps = { rejected: readonly Rejection[]; animate: boolean }

type AppProps = {
  /** The page's layout: `FullLayout` (index.html) or the embed's (embed.html); each entry imports only its own. */
  Layout: ComponentType<LayoutProps>
  /** Shown above the loading and failure messages (the full app's header; none in an embed). */
  StatusHeader?: ComponentType
  /** What the layout needs beside the data before the map first shows (the full page's headline figures). */
  loadBeside?: () => Promise<unknown>
  /** Called once the page shows its final layout, the map or the failure (the embed posts its height from then). */
  onSettled?: () => void
}

/** The page: language, loading and failure states, and the map application in the page's layout. */
export function App({ Layout, StatusHeader, loadBeside, onSettled }: AppProps) {
  const wanted = chooseLang(useUrlSelector(selectLang), navigator.languages)
  const { translation, failed } = useTranslator(wanted)
  // What the page waits for beside the data, so that the map's first fit is made on the page's
  // final layout: the layout's own (the full page's headline figures) and, for a link that
  // opens a camp (`camp=`), the camp panel's code (loaded on demand), so that the map's first
  // move already keeps the camp clear of the panel. A camp opened later shows its panel when
  // the code comes (MapPanel). A link with the burial layer on (`layers=burials`) waits for
  // the layer's words, so that the legend says what the layer covers from the start.
  const besideData = useCallback(
    () =>
      Promise.all([
        loadBeside?.(),
        selectCampId(getUrlState()) === null ? null : campDetailPart.load(),
        selectBurialsOn(getUrlState()) ? burialWords.load() : null,
      ]),
    [loadBeside],
  )
  const { state, retry } = useCampData(useUrlSelector(selectDataPath), besideData)
  const prefersReducedMotion = useSyncExternalStore(subscribeToMotion, () => window.matchMedia(reducedMotionQuery).matches)
  const lang = translation?.lang ?? wanted
  const translate = translation?.t ?? null
  // One value per language and translator, so that a render of the page re-renders no reader of it.
  const language: LanguageValue | null = useMemo(() => (translate === null ? null : { lang, t: translate }), [lang, translate])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const settled = state.status !== 'loading' && translation !== null
  useEffect(() => {
    if (settled) onSettled?.()
  }, [settled, onSettled])

  // The interface text loads beside the data (one small chunk per language); until it has
  // come there is nothing to say, so the page stays empty rather than shift.
  if (language === null)
    return failed ? (
      <div className="app app--status">
        <div className="status status--error" role="alert">
          <p lang="en">The page could not load its text.</p>
          <p lang="ja">表示文を読み込めませんでした。</p>
          <button type="button" onClick={() => retryTranslator(wanted)}>
            Try again / 再読み込み
          </button>
        </div>
      </div>
    ) : (
      <div className="app app--status" aria-busy="true" />
    )
  const { t } = language
  return (
    <LanguageProvider value={language}>
      <ErrorBoundary title={t('errorTitle')} backLabel={t('errorBack')}>
        {state.status === 'ready' ? (
          <LoadedApp data={state.data} animate={!prefersReducedMotion} Layout={Layout} />
        ) : (
          <div className="app app--status">
            {StatusHeader && <StatusHeader />}
            {state.status === 'loading' ? (
              <p className="status" role="status">
                {t('loading')}
              </p>
            ) : (
              <div className="status status--error" role="alert">
                <p>{t('loadFailed', { message: state.message })}</p>
                <button type="button" onClick={retry}>
                  {t('retry')}
                </button>
              </div>
            )}
          </div>
        )}
      </ErrorBoundary>
    </LanguageProvider>
  )
}

type LoadedProps = { data: AppData; animate: boolean; Layout: ComponentType<LayoutProps> }

/** The loaded data as context for every part, and the page's layout. */
function LoadedApp({ data, animate, Layout }: LoadedProps) {
  const index = useMemo(() => indexCamps(data.dataset, data.bamOrder), [data])
  const context: AppContextValue = useMemo(() => ({ data, index, metadata: data.metadata }), [index, data])
  return (
    <AppContextProvider value={context}>
      <Layout rejected={data.rejected} animate={animate} />
    </AppContextProvider>
  )
}
