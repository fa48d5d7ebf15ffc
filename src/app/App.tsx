import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { markLayoutReady } from '../embed/post-height'
import { chooseLang, createTranslator } from '../i18n/i18n'
import { navigate, readUrlState, useUrlState } from '../state/url-store'
import type { Lang } from '../url/url-state'
import type { EmbedOptions } from '../embed/embed-options'
import { ShareButton } from '../share/ShareButton'
import { ErrorBoundary } from './ErrorBoundary'
import { MapApp } from './MapApp'
import { useCampData } from './use-camp-data'

const reducedMotionQuery = '(prefers-reduced-motion: reduce)'

function subscribeToMotion(listener: () => void): () => void {
  const media = window.matchMedia(reducedMotionQuery)
  media.addEventListener('change', listener)
  return () => media.removeEventListener('change', listener)
}

function LanguageSwitch({ lang, label }: { lang: Lang; label: string }) {
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{label}</span>
      <select data-testid="lang-switch" value={lang} onChange={(e) => navigate({ ...readUrlState(), lang: e.target.value === 'ja' ? 'ja' : 'en' })}>
        <option value="en" lang="en">English</option>
        <option value="ja" lang="ja">日本語</option>
      </select>
    </label>
  )
}

/** The page: language, loading and failure states, and the map application (full, or `embed` in an article). */
export function App({ embed }: { embed?: EmbedOptions } = {}) {
  const urlState = useUrlState()
  const lang = chooseLang(urlState.lang, navigator.languages)
  const t = useMemo(() => createTranslator(lang), [lang])
  const { state, retry } = useCampData(urlState.data)
  const prefersReducedMotion = useSyncExternalStore(subscribeToMotion, () => window.matchMedia(reducedMotionQuery).matches)
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  // An embed posts its height only once it shows its final layout (the map or the error).
  const loading = state.status === 'loading'
  useEffect(() => {
    if (embed && !loading) markLayoutReady()
  }, [embed, loading])

  const header = embed ? null : (
    <header className="app-header">
      <div className="app-header__text">
        <h1>{t('appTitle')}</h1>
        <p className="app-header__subtitle">{t('appSubtitle')}</p>
      </div>
      <ShareButton state={urlState} t={t} lang={lang} data={state.status === 'ready' ? state.data : null} />
      <LanguageSwitch lang={lang} label={t('language')} />
    </header>
  )

  return (
    <ErrorBoundary title={t('errorTitle')} backLabel={t('errorBack')}>
      {state.status === 'ready' ? (
        <MapApp data={state.data} urlState={urlState} lang={lang} t={t} header={header} prefersReducedMotion={prefersReducedMotion} embed={embed} />
      ) : (
        <div className="app app--status">
          {header}
          {state.status === 'loading' ? (
            <p className="status" role="status">{t('loading')}</p>
          ) : (
            <div className="status status--error" role="alert">
              <p>{t('loadFailed', { message: state.message })}</p>
              <button type="button" onClick={retry}>{t('retry')}</button>
            </div>
          )}
        </div>
      )}
    </ErrorBoundary>
  )
}
