import { bamOrderOf } from '../geo/bam-order'
import type { Dataset } from '../data/dataset'
import { indexCamps, type CampIndex } from './index-camps'

export type { CampIndex } from './index-camps'

/** Everything derived once from a loaded dataset: lookups, search keys, BAM order (computed here, with Turf). */
export function buildCampIndex(dataset: Dataset): CampIndex {
  return indexCamps(dataset, bamOrderOf(dataset))
}
