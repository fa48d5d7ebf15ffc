import type { Translate } from '../i18n/i18n'
import { setPanel } from '../state/url-actions'

/** The header button that opens the history panel (its state is in the URL: `?panel=history`). */
export function HistoryButton({ open, t }: { open: boolean; t: Translate }) {
  return (
    <button
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
