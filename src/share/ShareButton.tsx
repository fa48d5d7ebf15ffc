import { useState } from 'react'
import type { Translate } from '../i18n/i18n'
import type { Lang, ViewState } from '../url/url-state'
import type { LoadedData } from '../data/load'
import { ShareDialog } from './ShareDialog'

/** The header's "Share / Embed" button and its dialog. */
export function ShareButton({ state, t, lang, data }: { state: ViewState; t: Translate; lang: Lang; data: LoadedData | null }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="share-button" data-testid="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share')}
      </button>
      {open && <ShareDialog state={state} t={t} lang={lang} data={data} onClose={() => setOpen(false)} />}
    </>
  )
}
