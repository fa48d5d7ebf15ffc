import { loadablePart } from '../ui/lazy-named'

/**
 * The camp detail panel, loaded on demand: when the browser is idle after the first view
 * (so that a click opens it at once), or beside the data when a link opens a camp
 * (`camp=`: the page waits for both, so the map opens with the panel in place).
 */
export const campDetailPart = loadablePart(() => import('./CampDetail').then((m) => m.CampDetail))
