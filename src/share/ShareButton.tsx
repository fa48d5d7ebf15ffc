import { lazy, Suspense, useState } from 'react'
import { createPortal } from 'react-dom'
import type { LoadedData } from '../data/dataset'
import { useTranslate } from '../context/app-context'
import { getUrlState } from '../state/url-store'
import type { ViewState } from '../url/url-state'

// The dialog is not needed for the first view: it loads when the reader opens it.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })))

/** The header's "Share / Embed" button and its dialog, which shares the state at the moment it opens. */
export function ShareButton({ data }: { data: LoadedData | null }) {
  const t = useTranslate()
  const [shared, setShared] = useState<ViewState | null>(null)
  return (
    <>
      <button
        type="button"
        className="share-button"
        data-testid="share-button"
        aria-haspopup="dialog"
        onClick={() => setShared(getUrlState())}
      >
        {t('share')}
      </button>
      {/* In the body, not in the phone menu: the menu closes (display: none) when Share is chosen. */}
      {shared &&
        createPortal(
          <Suspense fallback={null}>
            <ShareDialog state={shared} data={data} onClose={() => setShared(null)} />
          </Suspense>,
          document.body,
        )}
    </>
  )
}
