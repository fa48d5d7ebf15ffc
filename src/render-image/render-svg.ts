import { localName } from '../i18n/names'
import { geometryPath, inside, isMongolia, isPolygonal, markerSvg, overlaps, textLines, type Box } from './svg-geometry'
import { legendLayout } from './svg-legend'
import { CAPTION_SIZE, CREDIT_SIZE, FONT_EN, FONT_JA, LABEL_SIZE, MARGIN, STYLE, TITLE_SIZE } from './svg-style'
import { makeProjection, type Padding, type Rect } from './projection'
import { tierSymbol } from '../symbols/tier-symbol'
import { escapeXml, fmt, textWidth, wrapText } from './svg-text'
import type { ImageScene } from './types'

/**
 * The pure image renderer: an ImageScene in, an SVG document out (a string). No DOM, no
 * React, no Leaflet: the same function runs in the browser (Share → Image) and in Node
 * (scripts/export-image.ts, the link-preview image). Every number is written by `fmt`, every
 * text through `escapeXml`, so the output is byte-for-byte the same for the same scene.
 */

/** Draws a scene to a standalone SVG document. */
export function renderSvg(scene: ImageScene): string {
  const { width, height } = scene
  const font = scene.lang === 'ja' ? FONT_JA : FONT_EN
  const textMax = width - 2 * MARGIN

  const titleLines = scene.title === null ? [] : wrapText(scene.title, TITLE_SIZE, textMax, 2)
  const captionLines = scene.caption === null ? [] : wrapText(scene.caption, CAPTION_SIZE, textMax, 3)
  const creditLines = wrapText(scene.credit, CREDIT_SIZE, textMax, 2)
  const titleH = titleLines.length === 0 ? 0 : MARGIN * 0.75 + titleLines.length * TITLE_SIZE * 1.25 + 8
  const footerH = 10 + captionLines.length * CAPTION_SIZE * 1.35 + creditLines.length * CREDIT_SIZE * 1.35 + 10
  const map: Rect = { x: 0, y: titleH, width, height: Math.max(50, height - titleH - footerH) }

  const legend = scene.legend === null ? null : legendLayout(scene.legend)
  const wide = map.width >= 900
  const legendFits = legend !== null && legend.width + 24 < map.width && legend.height + 24 < map.height * 0.6
  const padding: Padding = {
    top: 40,
    right: 40,
    bottom: 40 + (legendFits && !wide ? legend.height : 0),
    left: 40 + (legendFits && wide ? legend.width + 12 : 0),
  }
  const projection = makeProjection(scene.view, map, padding)
  const { project } = projection

  const out: string[] = []
  const ariaLabel = escapeXml(scene.description)
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.pixelWidth}" height="${scene.pixelHeight}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${ariaLabel}" font-family="${escapeXml(font)}" lang="${scene.lang}">`,
  )
  out.push(`<title>${ariaLabel}</title>`)
  out.push(
    `<defs><clipPath id="map-clip"><rect x="${fmt(map.x)}" y="${fmt(map.y)}" width="${fmt(map.width)}" height="${fmt(map.height)}"/></clipPath></defs>`,
  )
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`)

  // The map: sea, land, water, borders, the USSR outline, railways, the BAM line, towns.
  out.push('<g class="map" clip-path="url(#map-clip)">')
  out.push(`<rect x="${fmt(map.x)}" y="${fmt(map.y)}" width="${fmt(map.width)}" height="${fmt(map.height)}" fill="${STYLE.sea}"/>`)
  const countries = scene.layers.countries?.features ?? []
  const land: string[] = []
  for (const feature of countries) {
    const d = geometryPath(feature.geometry, project, map)
    if (d === '') continue
    const mongolia = isMongolia(feature.properties)
    land.push(
      `<path d="${d}" fill="${mongolia ? STYLE.mongoliaFill : STYLE.land}" stroke="${mongolia ? STYLE.mongoliaBorder : STYLE.border}" stroke-width="${mongolia ? '1.6' : '0.8'}" stroke-linejoin="round"/>`,
    )
  }
  out.push(`<g class="layer-countries">${land.join('')}</g>`)
  const water = scene.layers.water?.features ?? []
  if (water.length > 0) {
    const paths = water.flatMap((f) => {
      const d = geometryPath(f.geometry, project, map)
      if (d === '') return []
      return [
        isPolygonal(f.geometry)
          ? `<path d="${d}" fill="${STYLE.sea}" stroke="${STYLE.water}" stroke-width="0.7"/>`
          : `<path d="${d}" fill="none" stroke="${STYLE.water}" stroke-width="1.2"/>`,
      ]
    })
    out.push(`<g class="layer-water">${paths.join('')}</g>`)
  }
  const ussr = scene.layers.ussr?.features ?? []
  if (ussr.length > 0) {
    const d = ussr.map((f) => geometryPath(f.geometry, project, map)).join('')
    if (d !== '')
      out.push(
        `<g class="layer-ussr"><path d="${d}" fill="none" stroke="${STYLE.ussr}" stroke-width="2" stroke-opacity="0.8" stroke-dasharray="${STYLE.ussrDash}" stroke-linejoin="round"/></g>`,
      )
  }
  const railways = scene.layers.railways?.features ?? []
  if (railways.length > 0) {
    const d = railways.map((f) => geometryPath(f.geometry, project, map)).join('')
    if (d !== '')
      out.push(
        `<g class="layer-railways"><path d="${d}" fill="none" stroke="${STYLE.railway}" stroke-width="3"/><path d="${d}" fill="none" stroke="${STYLE.railwayInner}" stroke-width="1.4" stroke-dasharray="5 5"/></g>`,
      )
  }
  if (scene.bamLine !== null) {
    const parts: string[] = []
    for (const section of scene.bamLine.sections) {
      const d = geometryPath({ type: 'LineString', coordinates: section.coordinates }, project, map)
      if (d === '') continue
      parts.push(
        section.kind === 'planned'
          ? `<path d="${d}" fill="none" stroke="${STYLE.bam}" stroke-width="2" stroke-opacity="0.6" stroke-dasharray="2 7" stroke-linecap="round"/>`
          : `<path d="${d}" fill="none" stroke="${STYLE.bam}" stroke-width="3.5" stroke-opacity="0.85" stroke-linecap="round"/>`,
      )
    }
    if (parts.length > 0) out.push(`<g class="layer-bam">${parts.join('')}</g>`)
  }
  const labelBoxes: Box[] = []
  const mapBox: Rect = { x: map.x + 2, y: map.y + 2, width: map.width - 4, height: map.height - 4 }
  const legendBox: Box | null =
    legend !== null && legendFits
      ? {
          left: map.x + 12,
          top: map.y + map.height - 12 - legend.height,
          right: map.x + 12 + legend.width,
          bottom: map.y + map.height - 12,
        }
      : null
  if (legendBox) labelBoxes.push(legendBox)

  // Camps: positions, halos, markers (larger tiers underneath, so small ones stay visible).
  const placed = scene.camps
    .map((camp) => {
      const [x, y] = project(camp.lngLat[0], camp.lngLat[1])
      return { camp, x, y, symbol: tierSymbol(camp.tier) }
    })
    .filter((p) => p.x >= map.x - 30 && p.x <= map.x + map.width + 30 && p.y >= map.y - 30 && p.y <= map.y + map.height + 30)
  const halos = placed.flatMap(({ camp, x, y, symbol }) => {
    if (camp.uncertaintyKm === null) return []
    const r = (camp.uncertaintyKm / (40075.016686 * Math.cos((camp.lngLat[1] * Math.PI) / 180))) * projection.pixelsPerWorld
    return r > symbol.sizePx / 2 + 2
      ? [`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="none" stroke="${STYLE.halo}" stroke-width="1" stroke-dasharray="4 4"/>`]
      : []
  })
  if (halos.length > 0) out.push(`<g class="layer-halos">${halos.join('')}</g>`)

  // Towns, if given, under the camps.
  const towns = scene.layers.towns?.features ?? []
  const townLabels: { box: Box; svg: string }[] = []
  if (towns.length > 0) {
    const parts: string[] = []
    for (const f of towns) {
      if (f.geometry.type !== 'Point') continue
      const [lon, lat] = f.geometry.coordinates
      if (lon === undefined || lat === undefined) continue
      const [x, y] = project(lon, lat)
      if (x < map.x || x > map.x + map.width || y < map.y || y > map.y + map.height) continue
      const p = (f.properties ?? {}) as { name?: unknown; nameJa?: unknown }
      const name = localName(
        { name: typeof p.name === 'string' ? p.name : null, nameJa: typeof p.nameJa === 'string' ? p.nameJa : null },
        scene.lang,
      )
      parts.push(`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="2" fill="${STYLE.inkSoft}"/>`)
      if (name === '') continue
      // A town's name gives way to camp labels: drawn only where it covers none (placed below).
      townLabels.push({
        box: { left: x + 3, top: y - 12, right: x + 5 + textWidth(name, 10), bottom: y - 1 },
        svg: `<text x="${fmt(x + 4)}" y="${fmt(y - 3)}" font-size="10" fill="${STYLE.inkSoft}">${escapeXml(name)}</text>`,
      })
    }
    out.push(`<g class="layer-towns">${parts.join('')}</g>`)
  }

  const drawOrder = [...placed].sort(
    (a, b) => b.symbol.priority - a.symbol.priority || a.camp.number - b.camp.number || (a.camp.id < b.camp.id ? -1 : 1),
  )
  out.push(`<g class="layer-camps">${drawOrder.map((p) => markerSvg(p.camp, p.x, p.y, p.camp.id === scene.selectedId)).join('')}</g>`)

  // Labels: larger camps (and the selected one) first; each label takes the first side where
  // it covers no other label, no symbol and not the legend, else only the number, else none.
  const symbolBoxes = placed.map((p) => ({
    id: p.camp.id,
    box: {
      left: p.x - p.symbol.sizePx / 2,
      top: p.y - p.symbol.sizePx / 2,
      right: p.x + p.symbol.sizePx / 2,
      bottom: p.y + p.symbol.sizePx / 2,
    },
  }))
  const labelOrder = [...placed].sort(
    (a, b) =>
      Number(b.camp.id === scene.selectedId) - Number(a.camp.id === scene.selectedId) ||
      b.symbol.priority - a.symbol.priority ||
      a.camp.number - b.camp.number ||
      (a.camp.id < b.camp.id ? -1 : 1),
  )
  const labels: string[] = []
  for (const { camp, x, y, symbol } of labelOrder) {
    const half = symbol.sizePx / 2
    for (const text of [camp.label, String(camp.number)]) {
      const w = textWidth(text, LABEL_SIZE) + 4
      const h = LABEL_SIZE + 4
      const sides: { box: Box; anchor: 'start' | 'end'; tx: number }[] = [
        { box: { left: x + half + 3, top: y - h / 2, right: x + half + 3 + w, bottom: y + h / 2 }, anchor: 'start', tx: x + half + 5 },
        { box: { left: x - half - 3 - w, top: y - h / 2, right: x - half - 3, bottom: y + h / 2 }, anchor: 'end', tx: x - half - 5 },
        { box: { left: x - w / 2, top: y - half - 2 - h, right: x + w / 2, bottom: y - half - 2 }, anchor: 'start', tx: x - w / 2 + 2 },
        { box: { left: x - w / 2, top: y + half + 2, right: x + w / 2, bottom: y + half + 2 + h }, anchor: 'start', tx: x - w / 2 + 2 },
      ]
      const side = sides.find(
        (s) =>
          inside(s.box, mapBox) &&
          !labelBoxes.some((b) => overlaps(b, s.box)) &&
          !symbolBoxes.some((o) => o.id !== camp.id && overlaps(o.box, s.box)),
      )
      if (!side) continue
      labelBoxes.push(side.box)
      const ty = side.box.top + h / 2 + LABEL_SIZE * 0.36
      labels.push(
        `<text data-label-for="${escapeXml(camp.id)}" x="${fmt(side.tx)}" y="${fmt(ty)}" font-size="${LABEL_SIZE}" text-anchor="${side.anchor}" fill="${tierSymbol(camp.tier).labelColor}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`,
      )
      break
    }
  }
  const freeTowns = townLabels.filter(
    (town) =>
      inside(town.box, mapBox) && !labelBoxes.some((b) => overlaps(b, town.box)) && !symbolBoxes.some((o) => overlaps(o.box, town.box)),
  )
  if (freeTowns.length > 0) out.push(`<g class="layer-town-labels">${freeTowns.map((town) => town.svg).join('')}</g>`)
  out.push(`<g class="layer-labels">${labels.join('')}</g>`)
  out.push('</g>')
  out.push(
    `<rect x="${fmt(map.x + 0.5)}" y="${fmt(map.y + 0.5)}" width="${fmt(map.width - 1)}" height="${fmt(map.height - 1)}" fill="none" stroke="#cccccc"/>`,
  )
  if (legend !== null && legendBox !== null) out.push(legend.svg(legendBox.left, legendBox.top))

  // Title above, caption and credit below.
  if (titleLines.length > 0) {
    out.push(
      `<g class="title">${textLines(titleLines, MARGIN, MARGIN * 0.75 + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.25, ` font-weight="bold" fill="${STYLE.ink}"`)}</g>`,
    )
  }
  let y = map.y + map.height + 10 + CAPTION_SIZE
  if (captionLines.length > 0) {
    out.push(`<g class="caption">${textLines(captionLines, MARGIN, y, CAPTION_SIZE, CAPTION_SIZE * 1.35, ` fill="${STYLE.ink}"`)}</g>`)
    y += captionLines.length * CAPTION_SIZE * 1.35
  } else {
    y -= CAPTION_SIZE - CREDIT_SIZE
  }
  out.push(`<g class="credit">${textLines(creditLines, MARGIN, y, CREDIT_SIZE, CREDIT_SIZE * 1.35, ` fill="${STYLE.inkSoft}"`)}</g>`)
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
