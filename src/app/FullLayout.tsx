import { lazy, Suspense, useCallback, useRef, useState } from 'react'
import { useCampIndex, useMetadata, useTranslate } from '../context/app-context'
import type { LngLat, Rejection } from '../data/schema'
import { Sidebar } from '../sidebar/Sidebar'
import { selectPanel } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'
import { openSite, setFilters, setPanel } from '../state/url-actions'
import { Header } from './Header'
import { MapPanel } from './MapPanel'
import { RejectedNotice } from './RejectedNotice'
import { useDrawerDismiss } from './use-drawer-dismiss'
import { useMapApp } from './use-map-app'
import { MapOverlaysProvider } from '../ui/map-overlays'

// The history panel and its data load when a reader opens it.
const HistoryPanel = lazy(() => import('../history/HistoryPanel').then((m) => ({ default: m.HistoryPanel })))

/** The full app: header, the sidebar (a drawer on a phone), the map panel and the data notice. */
export function FullLayout({ rejected, animate }: { rejected: readonly Rejection[]; animate: boolean }) {
  const index = useCampIndex()
  const metadata = useMetadata()
  const t = useTranslate()
  const app = useMapApp()
  const [drawerOpen, setDrawerOpen] = useState(false)
  const drawerToggle = useRef<HTMLButtonElement>(null)
  const historyButton = useRef<HTMLButtonElement>(null)
  const sidebar = useRef<HTMLElement>(null)
  const closeDrawer = useCallback(() => setDrawerOpen(false), [])
  const { overlays } = app
  // The menu button floats over the map on a phone: one of the overlays the map keeps camps clear of.
  const drawerToggleRef = useCallback(
    (element: HTMLButtonElement | null) => {
      drawerToggle.current = element
      if (element === null) return undefined
      const remove = overlays.add(element, 'menu-button')
      return () => {
        drawerToggle.current = null
        remove()
      }
    },
    [overlays],
  )
  useDrawerDismiss(drawerOpen, closeDrawer, sidebar, drawerToggle)
  const { openById } = app
  const panel = useUrlSelector(selectPanel)
  const closeHistory = useCallback(() => {
    setPanel(null)
    // Back to the header button that opened it.
    historyButton.current?.focus({ preventScroll: true })
  }, [])
  const selectFromList = useCallback(
    (id: string) => {
      setDrawerOpen(false)
      openById(id)
    },
    [openById],
  )
  const selectSiteFromSearch = useCallback((id: string, lngLat: LngLat | null) => {
    setDrawerOpen(false)
    openSite(id, lngLat)
  }, [])
  return (
    <MapOverlaysProvider value={overlays}>
      <div className={`app${drawerOpen ? ' app--drawer-open' : ''}`}>
        <button type="button" className="skip-link" onClick={() => app.map.current?.focus()}>
          {t('skipToMap')}
        </button>
        <Header historyButtonRef={historyButton} />
        <button
          ref={drawerToggleRef}
          type="button"
          className="drawer-toggle"
          data-testid="drawer-toggle"
          data-map-overlay=""
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen(!drawerOpen)}
        >
          {drawerOpen ? t('closeMenu') : t('openMenu')}
        </button>
        <div className="app__body">
          <Sidebar
            ref={sidebar}
            index={index}
            view={app.view}
            selectedId={app.view.selected?.id ?? null}
            metadata={metadata}
            onFilter={setFilters}
            onSelect={selectFromList}
            onSelectSite={selectSiteFromSearch}
            onHover={app.setHighlightedId}
          />
          <MapPanel
            view={app.view}
            highlightedId={app.highlightedId}
            animate={animate}
            showLegend
            offerOnlineTiles
            onSelect={openById}
            onCloseCamp={app.closeCamp}
            mapRef={app.map}
            sidePanel={
              panel === 'history' && (
                <Suspense fallback={null}>
                  <HistoryPanel sourcesById={index.sourcesById} onClose={closeHistory} />
                </Suspense>
              )
            }
          />
        </div>
        <RejectedNotice rejected={rejected} />
      </div>
    </MapOverlaysProvider>
  )
}
