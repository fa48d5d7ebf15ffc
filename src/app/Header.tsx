import { useLang, useTranslate } from '../context/app-context'
import type { Translate } from '../i18n/i18n'
import type { Lang } from '../i18n/lang'
import { ShareButton } from '../share/ShareButton'
import { setLang } from '../state/url-actions'

function LanguageSwitch({ lang, label }: { lang: Lang; label: string }) {
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{label}</span>
      <select data-testid="lang-switch" value={lang} onChange={(e) => setLang(e.target.value === 'ja' ? 'ja' : 'en')}>
        <option value="en" lang="en">
          English
        </option>
        <option value="ja" lang="ja">
          日本語
        </option>
      </select>
    </label>
  )
}

/** The full app's header: title, Share / Embed, language. */
export function Header() {
  const lang = useLang()
  const t = useTranslate()
  return <HeaderView lang={lang} t={t} />
}

/** The header before the data is loaded (no app context yet) and after. */
export function HeaderView({ lang, t }: { lang: Lang; t: Translate }) {
  return (
    <header className="app-header">
      <div className="app-header__text">
        <h1>{t('appTitle')}</h1>
        <p className="app-header__subtitle">{t('appSubtitle')}</p>
      </div>
      <ShareButton t={t} />
      <LanguageSwitch lang={lang} label={t('language')} />
    </header>
  )
}
