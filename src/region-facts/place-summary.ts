import type { Camp, Region } from '../data/schema'
import { tierKeyOf, type TierKey } from '../data/tier-key'
import type { RegionFactsFile } from './region-facts'
import { factsFor } from './facts-for'

/**
 * What the map knows of a region or an area: its camps by tier, and each camp's sourced
 * figures as its sources give them. Camp figures count different things at different dates,
 * so they are listed camp by camp and never added up into a total the sources do not give.
 */
export type CampFigure = { id: string; number: number; value: number }

export type PlaceSummary = {
  camps: number
  byTier: Readonly<Record<TierKey, number>>
  detained: readonly CampFigure[]
  deaths: readonly CampFigure[]
}

export function summarisePlace(camps: readonly Camp[]): PlaceSummary {
  const byTier: Record<TierKey, number> = { '1': 0, '2': 0, '3': 0, '4': 0, unknown: 0 }
  const detained: CampFigure[] = []
  const deaths: CampFigure[] = []
  for (const camp of camps) {
    byTier[tierKeyOf(camp.tier)] += 1
    if (camp.detained !== null) detained.push({ id: camp.id, number: camp.number, value: camp.detained })
    if (camp.deaths !== null) deaths.push({ id: camp.id, number: camp.number, value: camp.deaths })
  }
  const byValue = (a: CampFigure, b: CampFigure) => b.value - a.value || a.number - b.number
  return { camps: camps.length, byTier, detained: detained.sort(byValue), deaths: deaths.sort(byValue) }
}

type Entry = RegionFactsFile['entries'][number]

/**
 * The region facts for a region, or for an area with those of each of its regions: each
 * entry once (a republic-wide entry names several regions), with the place it was found for.
 */
export function factsOfPlace(
  file: RegionFactsFile,
  region: string | null,
  area: string | null,
  regionsOfArea: readonly Region[],
): { place: string; entry: Entry }[] {
  const places = region !== null ? [region] : area !== null ? [area, ...regionsOfArea.map((r) => r.slug)] : []
  const seen = new Set<Entry>()
  const out: { place: string; entry: Entry }[] = []
  for (const place of places) {
    for (const entry of factsFor(file, place, null)) {
      if (seen.has(entry)) continue
      seen.add(entry)
      out.push({ place, entry })
    }
  }
  return out
}

/** One row of the regions compared: the camps of each 1946 region by tier. */
export type RegionRow = { slug: string; camps: number; byTier: Readonly<Record<TierKey, number>>; withDeaths: number }

/** Every region that has camps, in the given order, with its camps by tier and how many have a sourced death figure. */
export function regionRows(camps: readonly Camp[], regions: readonly Region[]): RegionRow[] {
  return regions.flatMap((region) => {
    const own = camps.filter((c) => c.region === region.slug)
    if (own.length === 0) return []
    const summary = summarisePlace(own)
    return [{ slug: region.slug, camps: own.length, byTier: summary.byTier, withDeaths: summary.deaths.length }]
  })
}
