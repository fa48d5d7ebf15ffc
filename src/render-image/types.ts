import type { FeatureCollection } from 'geojson'
import type { BamLine } from '../data/bam-line'
import type { LngLat } from '../data/schema'
import type { TierKey } from '../data/tier-key'
import type { Lang } from '../i18n/lang'
import type { ImageView } from './projection'

/**
 * The basemap layers the image is drawn on, bottom to top. Only `countries` is required;
 * the others are drawn when given, so that more of geodata/ (lakes and rivers, railways,
 * towns) can be passed in later without changing the renderer.
 */
export type ImageLayers = {
  /** Polygons (Natural Earth countries of public/basemap.topo.json, decoded). */
  countries: FeatureCollection | null
  /** The USSR's 1946 outline (geodata/ussr-1946.geojson): polygons or lines, stroked. */
  ussr?: FeatureCollection | null
  /** Lakes (polygons, filled) and rivers (lines, stroked). */
  water?: FeatureCollection | null
  /** Railway lines. */
  railways?: FeatureCollection | null
  /** Towns: points with `properties.name` (and `nameJa`), drawn as small dots and names. */
  towns?: FeatureCollection | null
  /** Burial sites with a position, drawn when the state has `layers=burials` (svg-burials.ts). */
  burials?: readonly ImageBurialSite[] | null
}

/** A placed burial site as the image shows it: its label is already in the chosen language. */
export type ImageBurialSite = { id: string; label: string; lngLat: LngLat; uncertaintyKm: number | null }

/** A camp as the image shows it: its label is already in the chosen language. */
export type ImageCamp = {
  id: string
  number: number
  /** "12. Taishet" in the chosen language. */
  label: string
  tier: TierKey
  lngLat: LngLat
  /** Possible location error in km for approximately located camps, else null. */
  uncertaintyKm: number | null
}

/** The lines and small symbols of the key, each listed only when the image draws it. */
export type ImageKeyLine = 'bamBuilt' | 'bamPlanned' | 'railways' | 'ussr' | 'borders' | 'water' | 'towns'

export type ImageLegend = {
  title: string
  /** The tiers with their counts; a tier with no camp drawn is left out of the key. */
  rows: readonly { tier: TierKey; label: string; count: number }[]
  /** The dashed-circle row's text (listed when a circle is drawn). */
  approximate: string | null
  /** Each line's (and the town dot's) text, listed when the image draws it. */
  lines: Readonly<Partial<Record<ImageKeyLine, string>>>
  /** The burial-site row's text (listed when the image draws a site). */
  burials?: string
  /** The group marker's row (listed when the image draws a group). */
  group?: string
  /** The leader line's row (listed when the image displaces a marker). */
  displaced?: string
}

/** Everything one image shows: the renderer draws this and nothing else. */
export type ImageScene = {
  /** Layout size in CSS pixels (the SVG viewBox). */
  width: number
  height: number
  /** Output size in pixels (the SVG's width/height); a multiple of the layout size for print. */
  pixelWidth: number
  pixelHeight: number
  lang: Lang
  title: string | null
  /** A line under the title: what the image shows (region or filter, how many camps). */
  subtitle: string | null
  /** The source note under the map. */
  caption: string | null
  credit: string
  /** What the image shows, for its <title> and aria-label. */
  description: string
  camps: readonly ImageCamp[]
  selectedId: string | null
  bamLine: BamLine | null
  layers: ImageLayers
  view: ImageView
  legend: ImageLegend | null
}
