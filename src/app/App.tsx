import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { buildCampIndex } from '../camp-index/camp-index'
import { markLayoutReady } from '../embed/post-height'
import { AppContextProvider, type AppContextValue } from '../context/app-context'
import type { LoadedData } from '../data/dataset'
import { chooseLang, createTranslator, type Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { selectDataPath, selectLang } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'
import type { EmbedOptions } from '../url/embed-options'
import { EmbedLayout } from './EmbedLayout'
import { ErrorBoundary } from './ErrorBoundary'
import { FullLayout } from './FullLayout'
import { HeaderView } from './Header'
import { useCampData } from './use-camp-data'

const reducedMotionQuery = '(prefers-reduced-motion: reduce)'

function subscribeToMotion(listener: () => void): () => void {
  const media = window.matchMedia(reducedMotionQuery)
  media.addEventListener('change', listener)
  return () => media.removeEventListener('change', listener)
}

/** The page: language, loading and failure states, and the map application (full, or `embed` in an article). */
export function App({ embed }: { embed?: EmbedOptions } = {}) {
  const lang = chooseLang(useUrlSelector(selectLang), navigator.languages)
  const t = useMemo(() => createTranslator(lang), [lang])
  const { state, retry } = useCampData(useUrlSelector(selectDataPath))
  const prefersReducedMotion = useSyncExternalStore(subscribeToMotion, () => window.matchMedia(reducedMotionQuery).matches)
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  // An embed posts its height only once it shows its final layout (the map or the error).
  const loading = state.status === 'loading'
  useEffect(() => {
    if (embed && !loading) markLayoutReady()
  }, [embed, loading])

  return (
    <ErrorBoundary title={t('errorTitle')} backLabel={t('errorBack')}>
      {state.status === 'ready' ? (
        <LoadedApp data={state.data} lang={lang} t={t} animate={!prefersReducedMotion} embed={embed} />
      ) : (
        <div className="app app--status">
          {!embed && <HeaderView lang={lang} t={t} data={null} />}
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
  )
}

type LoadedProps = { data: LoadedData; lang: Lang; t: Translate; animate: boolean; embed: EmbedOptions | undefined }

/** The loaded data as context for every part, and the layout for where the map is shown. */
function LoadedApp({ data, lang, t, animate, embed }: LoadedProps) {
  const index = useMemo(() => buildCampIndex(data.dataset), [data])
  const context: AppContextValue = useMemo(() => ({ data, index, metadata: data.metadata, lang, t }), [index, data, lang, t])
  return (
    <AppContextProvider value={context}>
      {embed ? (
        <EmbedLayout options={embed} rejected={data.rejected} animate={animate} />
      ) : (
        <FullLayout rejected={data.rejected} animate={animate} />
      )}
    </AppContextProvider>
  )
}
