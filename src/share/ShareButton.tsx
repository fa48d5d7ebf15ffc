import { useState } from 'react'
import type { Translate } from '../i18n/i18n'
import type { ViewState } from '../url/url-state'
import { ShareDialog } from './ShareDialog'

/** The header's "Share / Embed" button and its dialog. */
export function ShareButton({ state, t }: { state: ViewState; t: Translate }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="share-button" data-testid="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share')}
      </button>
      {open && <ShareDialog state={state} t={t} onClose={() => setOpen(false)} />}
    </>
  )
}
