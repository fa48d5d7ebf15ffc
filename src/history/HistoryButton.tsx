import type { Translate } from '../i18n/i18n'
import { navigate, readUrlState } from '../state/url-store'

/** The header button that opens the history panel (its state is in the URL: `?panel=history`). */
export function HistoryButton({ open, t }: { open: boolean; t: Translate }) {
  return (
    <button
      type="button"
      className="history-open"
      data-testid="history-open"
      aria-expanded={open}
      onClick={() => navigate({ ...readUrlState(), panel: open ? null : 'history' })}
    >
      {t('historyOpen')}
    </button>
  )
}
