import type { RegionFactsFile } from './region-facts'

type RegionFactsEntry = RegionFactsFile['entries'][number]

/** The entries for the chosen region, or else the chosen area; none when nothing is chosen. */
export function factsFor(file: RegionFactsFile, region: string | null, area: string | null): RegionFactsEntry[] {
  const place = region ?? area
  if (place === null) return []
  const entries = file.entries.filter((e) => e.places.includes(place))
  // The region's own figures first, then those for the whole republic.
  return [...entries.filter((e) => e.scope === 'region'), ...entries.filter((e) => e.scope === 'republic')]
}
