import type { Feature, FeatureCollection, LineString } from 'geojson'
import type { ReferenceRow } from './reference-row'

/**
 * The schematic BAM line (geodata/bam-line.geojson). Vertices sit only at named
 * stations: straight segments between them, not the track. Station coordinates are town
 * or station positions from general knowledge (approximate), except the stations where
 * the reference table has a camp: those take the table's own coordinates, so the camps
 * drawn there sit exactly on the line.
 */

export type BamLineProperties = {
  id: string
  kind: 'section' | 'planned'
  name: string
  nameJa: string
  stations: string[]
  years: string | null
  status: string
  note: string
}

type Station = { name: string; lngLat: [number, number] }

/** Stations whose position is general knowledge (approximate town / station centres). */
const GENERAL_KNOWLEDGE: Record<string, [number, number]> = {
  Bratsk: [101.634, 56.151],
  'Ust-Kut (Lena)': [105.76, 56.79],
  Bamovskaya: [123.88, 53.95],
  Tynda: [124.724, 55.155],
  Vanino: [140.254, 49.087],
  'Nizhneangarsk (northern tip of Lake Baikal)': [109.55, 55.78],
}

/** Stations placed at a reference-table camp's coordinates: station name -> camp id. */
const FROM_REFERENCE_TABLE: Record<string, string> = {
  Taishet: 'taishet',
  'Bam–Tynda midpoint (Krasnaya Zarya placement)': 'krasnaya-zarya',
  Izvestkovaya: 'izvestkovaya',
  'Urgal / Chegdomyn': 'chegdomyn-urgal',
  'Komsomolsk-on-Amur': 'komsomolsk-na-amure-1',
  'Sovetskaya Gavan': 'sovetskaya-gavan',
}

function station(name: string, rows: readonly ReferenceRow[]): Station {
  const campId = FROM_REFERENCE_TABLE[name]
  if (campId !== undefined) {
    const row = rows.find((r) => r.id === campId)
    if (!row) throw new Error(`BAM station ${name}: camp ${campId} not in the reference table`)
    return { name, lngLat: [row.lon, row.lat] }
  }
  const lngLat = GENERAL_KNOWLEDGE[name]
  if (!lngLat) throw new Error(`BAM station ${name} has no coordinates`)
  return { name, lngLat }
}

const GEOMETRY_NOTE =
  'Schematic: straight segments between the named stations only, not the track. Station positions are town or station ' +
  'coordinates from general knowledge (approximate), except Taishet, Izvestkovaya, Urgal/Chegdomyn, Komsomolsk-on-Amur, ' +
  'Sovetskaya Gavan and the Bam–Tynda midpoint, which use the reference table\'s camp coordinates.'

type LineSpec = Omit<BamLineProperties, 'stations' | 'note'> & { stations: string[]; extraNote?: string }

const LINES: readonly LineSpec[] = [
  {
    id: 'taishet-bratsk-ust-kut',
    kind: 'section',
    name: 'Taishet–Bratsk–Ust-Kut (Lena)',
    nameJa: 'タイシェット－ブラーツク－ウスチ・クト（レナ）',
    stations: ['Taishet', 'Bratsk', 'Ust-Kut (Lena)'],
    years: 'Taishet–Bratsk 1947; to Ust-Kut (Lena) 1951',
    status: 'built 1940s (to Ust-Kut 1951)',
    extraNote: 'GUPVI camp No. 7 (Taishet): 40,000 POWs on the Taishet–Bratsk line (Bystrov).',
  },
  {
    id: 'bamovskaya-tynda',
    kind: 'section',
    name: 'Bamovskaya–Tynda',
    nameJa: 'バモフスカヤ－ティンダ',
    stations: ['Bamovskaya', 'Bam–Tynda midpoint (Krasnaya Zarya placement)', 'Tynda'],
    years: '1930s; track lifted 1942, rebuilt 1974–77',
    status: 'approximate: built in the 1930s and lifted in 1942 (camps-notes); Bystrov has 15,000 POWs of camp No. 6 finishing the branch to Tynda',
    extraNote: 'The middle vertex is the reference table\'s placement of Krasnaya Zarya (camp No. 6), not a station.',
  },
  {
    id: 'izvestkovaya-urgal',
    kind: 'section',
    name: 'Izvestkovaya–Urgal',
    nameJa: 'イズヴェストコワヤ－ウルガル',
    stations: ['Izvestkovaya', 'Urgal / Chegdomyn'],
    years: '1940s (approximate)',
    status: 'built 1940s',
    extraNote: 'GUPVI camp No. 4 (HQ Izvestkovaya station) worked on this branch. The Urgal end is drawn at the reference table\'s Chegdomyn point.',
  },
  {
    id: 'komsomolsk-sovetskaya-gavan',
    kind: 'section',
    name: 'Komsomolsk-on-Amur–Sovetskaya Gavan (Vanino/Sovgavan)',
    nameJa: 'コムソモリスク・ナ・アムーレ－ソヴィエツカヤ・ガヴァニ',
    stations: ['Komsomolsk-on-Amur', 'Vanino', 'Sovetskaya Gavan'],
    years: '1945',
    status: 'built 1940s',
    extraNote: 'GUPVI camp No. 2: about 30,000 POWs built this section (Bystrov).',
  },
  {
    id: 'bam-planned-route',
    kind: 'planned',
    name: 'Planned through-route (not built in the 1940s)',
    nameJa: '計画された全線ルート（1940年代には未完成）',
    stations: [
      'Taishet',
      'Bratsk',
      'Ust-Kut (Lena)',
      'Nizhneangarsk (northern tip of Lake Baikal)',
      'Tynda',
      'Urgal / Chegdomyn',
      'Komsomolsk-on-Amur',
      'Sovetskaya Gavan',
    ],
    years: null,
    status: 'planned; not built in the 1940s',
    extraNote: 'Runs west to east so that BAM camps can be ordered along it; only a few named points, so it is a diagram of the route, not its course.',
  },
]

export const BAM_LINE_METADATA = {
  title: 'Baikal-Amur Mainline (BAM): schematic sections of the 1940s and the planned through-route',
  version: '1.0.0',
  date: '2026-11-23',
  license: 'CC-BY-4.0',
  description: GEOMETRY_NOTE,
}

export function buildBamLine(rows: readonly ReferenceRow[]): FeatureCollection<LineString, BamLineProperties> & {
  metadata: typeof BAM_LINE_METADATA
} {
  const features: Feature<LineString, BamLineProperties>[] = LINES.map(({ extraNote, ...spec }) => {
    const stations = spec.stations.map((name) => station(name, rows))
    return {
      type: 'Feature',
      id: spec.id,
      geometry: { type: 'LineString', coordinates: stations.map((s) => s.lngLat) },
      properties: { ...spec, note: extraNote === undefined ? GEOMETRY_NOTE : `${extraNote} ${GEOMETRY_NOTE}` },
    }
  })
  return { type: 'FeatureCollection', metadata: BAM_LINE_METADATA, features }
}
