import { useEffect, useState } from 'react'
import { useLang, useTranslate } from '../context/app-context'
import { setPanel } from '../state/url-actions'
import { headlineFiguresNow, loadHeadlineFigures } from './headline-figures'

/**
 * The headline facts beside the title: how many were held and how many died, in the first
 * words of geodata/history.json for each (as the sources give them, ranges and all), and how
 * many camps the map has; their sources are in the History panel, one click away. The figures
 * load in their own small file, beside the data (headline-figures.ts). The method is one click away.
 */
export function Headline({ campCount }: { campCount: number | null }) {
  const lang = useLang()
  const t = useTranslate()
  const [figures, setFigures] = useState(headlineFiguresNow)
  useEffect(function loadFigures() {
    let live = true
    void loadHeadlineFigures().then((loaded) => {
      if (live && loaded !== null) setFigures(loaded)
    })
    return () => {
      live = false
    }
  }, [])
  const first = (topic: string) => figures?.find((f) => f.topic === topic)
  const held = first('detained')
  const died = first('died')
  return (
    <div className="app-header__facts" data-testid="headline-facts">
      {held && <span data-topic="detained">{lang === 'ja' ? held.ja : held.en} </span>}
      {died && <span data-topic="died">{lang === 'ja' ? died.ja : died.en} </span>}
      {campCount !== null && <span data-topic="camps">{t('headlineCamps', { count: campCount })} </span>}
      <button type="button" className="app-header__sources" data-testid="headline-sources" onClick={() => setPanel('history')}>
        {t('headlineSources')}
      </button>{' '}
      <details className="app-header__subtitle">
        <summary>{t('headlineMethod')}</summary>
        {t('appSubtitle')}
      </details>
    </div>
  )
}
