import { memo, type Ref } from 'react'
import { useLang, useLoadedData, useTranslate } from '../context/app-context'
import type { LoadedData } from '../data/dataset'
import { HistoryButton } from '../history/HistoryButton'
import { ShareButton } from '../share/ShareButton'
import { selectPanel } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'
import { setLang } from '../state/url-actions'
import { HeaderMenu } from './HeaderMenu'
import { Headline } from './Headline'

function LanguageSwitch() {
  const lang = useLang()
  const t = useTranslate()
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('language')}</span>
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

/**
 * The full app's header: title, the headline facts, the method one click away, History, Share / Embed,
 * language; `historyButtonRef` is the history panel's button.
 */
export const Header = memo(function Header({ historyButtonRef }: { historyButtonRef?: Ref<HTMLButtonElement> }) {
  const data = useLoadedData()
  const panel = useUrlSelector(selectPanel)
  return <HeaderView data={data} historyOpen={panel === 'history'} historyButtonRef={historyButtonRef} />
})

/** The header before the data is loaded (no app context yet, only the language) and after. */
export function HeaderView({
  data,
  historyOpen = false,
  historyButtonRef,
}: {
  data: LoadedData | null
  historyOpen?: boolean
  historyButtonRef?: Ref<HTMLButtonElement>
}) {
  const t = useTranslate()
  return (
    <header className="app-header">
      <div className="app-header__text">
        <h1>{t('appTitle')}</h1>
        <Headline campCount={data === null ? null : data.dataset.camps.length} />
      </div>
      <HeaderMenu label={t('headerMenu')}>
        <HistoryButton open={historyOpen} buttonRef={historyButtonRef} />
        <ShareButton data={data} />
        <LanguageSwitch />
      </HeaderMenu>
    </header>
  )
}
