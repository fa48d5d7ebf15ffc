import { burialMessages } from '../i18n/burial-messages'
import { useLang } from '../context/app-context'
import { setLayer } from '../state/url-actions'
import './finding-a-relative.css'

/**
 * For families, in plain words: the ministry's lists and its burial-site index, the
 * search by names and camp numbers, and the burial-site layer (with a button that turns
 * it on). Shown in the history panel and the camp detail.
 */
export function FindingARelative({ testId }: { testId: string }) {
  const m = burialMessages(useLang())
  return (
    <ol className="finding-a-relative" data-testid={testId}>
      {m.familiesSteps.map((step, i) => (
        <li key={i}>
          {step}
          {i === m.familiesSteps.length - 1 && (
            <>
              {' '}
              <button type="button" className="link-button finding-a-relative__layer" onClick={() => setLayer('burials', true)}>
                {m.forCampShow}: {m.layerName}
              </button>
            </>
          )}
        </li>
      ))}
    </ol>
  )
}
