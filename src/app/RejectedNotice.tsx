import { useState } from 'react'
import type { Rejection } from '../data/schema'
import { useTranslate } from '../context/app-context'

/** Lists the features left out of the data (id and reason) until the reader dismisses it. */
export function RejectedNotice({ rejected }: { rejected: readonly Rejection[] }) {
  const t = useTranslate()
  const [dismissed, setDismissed] = useState(false)
  if (rejected.length === 0 || dismissed) return null
  return (
    <aside className="notice" role="status" data-testid="data-notice">
      <p>{t('rejectedTitle', { count: rejected.length })}</p>
      <ul>
        {rejected.slice(0, 50).map((r, i) => (
          <li key={`${r.id}-${i}`}>
            <code>{r.id}</code>: {r.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('dismiss')}
      </button>
    </aside>
  )
}
