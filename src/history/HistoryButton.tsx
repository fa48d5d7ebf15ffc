import type { Ref } from 'react'
import { useTranslate } from '../context/app-context'
import { setPanel } from '../state/url-actions'

/**
 * The header button that opens the history panel (its state is in the URL: `?panel=history`).
 * `buttonRef` lets the layout return focus to it when the panel closes.
 */
export function HistoryButton({ open, buttonRef }: { open: boolean; buttonRef?: Ref<HTMLButtonElement> }) {
  const t = useTranslate()
  return (
    <button
      ref={buttonRef}
      type="button"
      className="history-open"
      data-testid="history-open"
      aria-expanded={open}
      onClick={() => setPanel(open ? null : 'history')}
    >
      {t('historyOpen')}
    </button>
  )
}
