import { loadable } from '../ui/lazy-named'

/**
 * The burial layer's words (i18n/burial-messages.ts), loaded on demand: the legend's switch
 * says what the layer covers only while it is on. They load when the reader turns it on (with
 * the layer's own code and data), or beside the data when a link has the layer on
 * (`layers=burials`: the page waits for both, so the note is there with the map).
 */
export const burialWords = loadable(() => import('../i18n/burial-messages'))
