/**
 * The results under the search box, loaded on demand (`search-ranking-part.ts`): the
 * ranking of the camps that answer a query and the words for why each matched.
 */
export { rankCamps } from '../filter/search-rank'
export { campOptions } from './search-options'
