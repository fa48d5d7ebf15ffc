import { loadable } from '../ui/lazy-named'

/**
 * The ranking of the results under the search box, loaded on demand: the first view has no
 * query. It loads when the browser is idle after the first view (so that the first keystroke
 * lists its results at once), at the first keystroke if that comes earlier, or beside the
 * data when a link has a query (`q=`: the page waits for both, so the results are there with
 * the map). Until it has come the box lists nothing; the map's filter does not wait for it.
 */
export const searchRanking = loadable(() => import('./search-ranking'))
