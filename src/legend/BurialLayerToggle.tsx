import { memo, useId } from 'react'
import { burialLayerText } from '../i18n/burial-layer-text'
import { useLang } from '../context/app-context'
import './burial-toggle.css'
import { selectBurialsOn } from '../state/selectors'
import { setLayer } from '../state/url-actions'
import { useUrlSelector } from '../state/url-store'
import { BurialGlyph } from '../ui/BurialGlyph'
import { burialWords } from './burial-words-part'

/**
 * The legend's switch for the burial-site layer (`layers=burials`), shown open or folded,
 * with what the layer covers said beside it while it is on.
 */
export const BurialLayerToggle = memo(function BurialLayerToggle() {
  const lang = useLang()
  const on = useUrlSelector(selectBurialsOn)
  // What the layer covers comes with the layer's words (loaded when it is turned on).
  const words = burialWords.use(on)
  const coverage = on && words !== null ? words.burialMessages(lang) : null
  const noteId = useId()
  return (
    <div className="legend__layer" data-testid="burial-toggle-row">
      <label className="legend__layer-toggle">
        <input
          type="checkbox"
          data-testid="burial-toggle"
          checked={on}
          aria-describedby={coverage !== null ? noteId : undefined}
          onChange={(e) => setLayer('burials', e.target.checked)}
        />
        <BurialGlyph />
        <span>{burialLayerText(lang).layerName}</span>
      </label>
      {coverage !== null && (
        <>
          <p id={noteId} className="legend__layer-note legend__layer-note--full" data-testid="burial-coverage">
            {coverage.coverage}
          </p>
          <p className="legend__layer-note legend__layer-note--short">{coverage.coverageShort}</p>
        </>
      )}
    </div>
  )
})
