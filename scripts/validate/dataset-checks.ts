import { type AreaSlug, type Camp, type Region, type Rejection, type Source } from '../../src/data/schema'
import { areaSlugs } from '../../src/data/areas'
import { isDefaultRadius, radiusExplained } from '../lib/uncertainty-policy'

/** Whole-dataset checks that are not geometry: the BAM set, source use, the radius policy. */

/** The eight BAM camps of history-facts.md (the two Komsomolsk camps are two entries). */
export const BAM_CAMP_IDS: readonly string[] = [
  'komsomolsk-na-amure-1',
  'komsomolsk-na-amure-2',
  'sovetskaya-gavan',
  'raychikha',
  'izvestkovaya',
  'krasnaya-zarya',
  'taishet',
  'novo-grishino',
]

/** Sources cited by the map legend rather than by a camp: exempt from the "unused" check. */
export const LEGEND_SOURCE_IDS: readonly string[] = ['mhlw-hikiage-to-engo-1977', 'engo-gojunenshi-1997']

export function checkBamSet(camps: readonly Camp[]): Rejection[] {
  const problems: Rejection[] = []
  const bamIds = new Set(camps.filter((c) => c.bam).map((c) => c.id))
  for (const id of BAM_CAMP_IDS)
    if (!bamIds.has(id)) problems.push({ id, reason: 'bam: one of the eight BAM camps of history-facts.md is missing or not marked bam' })
  for (const id of bamIds)
    if (!BAM_CAMP_IDS.includes(id)) problems.push({ id, reason: 'bam: marked bam but not one of the eight BAM camps of history-facts.md' })
  return problems
}

/** Every source must be cited by at least one camp (legend sources excepted): an error. */
export function checkSourcesUsed(
  camps: readonly Camp[],
  sources: readonly Source[],
  exempt: readonly string[] = LEGEND_SOURCE_IDS,
): Rejection[] {
  const cited = new Set(camps.flatMap((c) => c.sources))
  return sources
    .filter((s) => !cited.has(s.id) && !exempt.includes(s.id))
    .map((s) => ({ id: s.id, reason: 'source is not cited by any camp (remove it or cite it)' }))
}

/** A radius other than its precision's default must be explained in the notes ("<N> km"). */
export function checkRadiusPolicy(camps: readonly Camp[]): Rejection[] {
  return camps
    .filter((c) => !isDefaultRadius(c.locationPrecision, c.uncertaintyKm) && !radiusExplained(c.uncertaintyKm, c.notes))
    .map((c) => ({
      id: c.id,
      reason: `uncertaintyKm: ${c.uncertaintyKm} km is not the default for "${c.locationPrecision}" and the notes do not explain it (mention "${c.uncertaintyKm} km")`,
    }))
}

export type Summary = {
  camps: number
  bam: number
  tiers: Record<'1' | '2' | '3' | '4' | 'null', number>
  areas: Record<AreaSlug, number>
  unknownArea: number
  regions: number
  sources: number
  /** Camps with an `opened` date, with a `closed` date, with either. */
  dates: { opened: number; closed: number; either: number }
  /** Aliases in all, and camps that have at least one. */
  aliases: { total: number; camps: number }
}

export function summarize(camps: readonly Camp[], regions: readonly Region[], sources: readonly Source[]): Summary {
  const areaOf = new Map(regions.map((r) => [r.slug, r.area]))
  const tiers: Summary['tiers'] = { '1': 0, '2': 0, '3': 0, '4': 0, null: 0 }
  const areas = Object.fromEntries(areaSlugs.map((a) => [a, 0])) as Record<AreaSlug, number>
  let unknownArea = 0
  for (const camp of camps) {
    tiers[camp.tier === null ? 'null' : (String(camp.tier) as '1' | '2' | '3' | '4')] += 1
    const area = areaOf.get(camp.region)
    if (area === undefined) unknownArea += 1
    else areas[area] += 1
  }
  const dates = {
    opened: camps.filter((c) => c.opened !== null).length,
    closed: camps.filter((c) => c.closed !== null).length,
    either: camps.filter((c) => c.opened !== null || c.closed !== null).length,
  }
  const aliases = { total: camps.reduce((n, c) => n + c.aliases.length, 0), camps: camps.filter((c) => c.aliases.length > 0).length }
  return {
    camps: camps.length,
    bam: camps.filter((c) => c.bam).length,
    tiers,
    areas,
    unknownArea,
    regions: regions.length,
    sources: sources.length,
    dates,
    aliases,
  }
}

export function formatSummary(s: Summary): string[] {
  const areas = areaSlugs.map((a) => `${a} ${s.areas[a]}`).join(', ')
  return [
    `camps: ${s.camps} (BAM camps: ${s.bam})`,
    `tiers: 1 (over 20,000) ${s.tiers['1']}, 2 (over 10,000) ${s.tiers['2']}, 3 (under 10,000) ${s.tiers['3']}, 4 (small number) ${s.tiers['4']}, not established (null) ${s.tiers.null}`,
    `areas: ${areas}${s.unknownArea > 0 ? `, unknown ${s.unknownArea}` : ''}`,
    `regions: ${s.regions}, sources: ${s.sources}`,
    `dates (when the camp held Japanese): opened ${s.dates.opened}, closed ${s.dates.closed}, either ${s.dates.either}, none ${s.camps - s.dates.either}`,
    `aliases: ${s.aliases.total} on ${s.aliases.camps} camps`,
  ]
}
