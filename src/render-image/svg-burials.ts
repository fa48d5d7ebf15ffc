import type { BurialSite } from '../data/burial-schema'
import { BURIAL_SYMBOL } from '../burials/burial-symbol'
import { burialMessages, siteName } from '../i18n/burial-messages'
import type { Lang } from '../i18n/lang'
import type { Projection, Rect } from './projection'
import { escapeXml, fmt } from './svg-text'
import type { ImageBurialSite } from './types'

/**
 * The burial-site layer of an image (`layers=burials`): the same stone symbol as the map,
 * each approximate site with its dotted uncertainty circle where it is larger than the
 * symbol. Sites without a position are never drawn. Pure.
 */

/** The placed sites as the image shows them, named in the image's language. */
export function imageBurialSites(sites: readonly BurialSite[], lang: Lang): ImageBurialSite[] {
  const m = burialMessages(lang)
  return sites.flatMap((site) =>
    site.lngLat === null
      ? []
      : [
          {
            id: site.id,
            label: `${m.kind[site.kind]}${lang === 'ja' ? '：' : ': '}${siteName(site, lang)}`,
            lngLat: site.lngLat,
            uncertaintyKm: site.uncertaintyKm,
          },
        ],
  )
}

export function burialLayerSvg(sites: readonly ImageBurialSite[] | null | undefined, projection: Projection, map: Rect): string {
  if (!sites || sites.length === 0) return ''
  const s = BURIAL_SYMBOL
  const halos: string[] = []
  const marks: string[] = []
  for (const site of sites) {
    const [x, y] = projection.project(site.lngLat[0], site.lngLat[1])
    if (x < map.x - 20 || x > map.x + map.width + 20 || y < map.y - 20 || y > map.y + map.height + 20) continue
    if (site.uncertaintyKm !== null) {
      const r = (site.uncertaintyKm / (40075.016686 * Math.cos((site.lngLat[1] * Math.PI) / 180))) * projection.pixelsPerWorld
      if (r > s.heightPx / 2 + 2)
        halos.push(
          `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="none" stroke="${s.haloColor}" stroke-width="1" stroke-dasharray="${s.haloDash}"/>`,
        )
    }
    marks.push(
      `<path data-site="${escapeXml(site.id)}" transform="translate(${fmt(x - s.widthPx / 2)} ${fmt(y - s.heightPx / 2)})" d="${s.path}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidthPx}"><title>${escapeXml(site.label)}</title></path>`,
    )
  }
  return `<g class="layer-burials">${halos.join('')}${marks.join('')}</g>`
}
