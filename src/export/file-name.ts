import type { Filters } from '../data/filters'

/** What a download holds, for its file name: the filters it was made with, how many camps, the data's version. */
export type FileNameParts = Filters & {
  count: number
  version: string
}

/** A search in a file name: ASCII letters and digits only, hyphenated, cut to 30 characters. */
function querySlug(q: string): string {
  return q
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '')
}

/**
 * The name of a download after what it holds: the dataset and its version, then the place,
 * the tiers, BAM and search filters, and the number of camps when any filter narrows them:
 * `japanese-internment-camps-1.1.0-karaganda-oblast-3-camps`.
 */
export function downloadStem(parts: FileNameParts): string {
  const place = parts.region ?? parts.area
  const q = parts.q === '' ? null : querySlug(parts.q)
  const filters = [
    place,
    parts.tiers === null ? null : `tier-${parts.tiers.join('-')}`,
    parts.bam ? 'bam' : null,
    parts.q === '' ? null : q === '' ? 'search' : `search-${q}`,
  ].filter((part): part is string => part !== null)
  const stem = `japanese-internment-camps-${parts.version}`
  return filters.length === 0 ? stem : `${stem}-${filters.join('-')}-${parts.count}-camps`
}
