import type { TierKey } from '../data/tier-key'
import { tierSymbol } from '../symbols/tier-symbol'
import { groupSizePx } from '../symbols/group-symbol'
import { campsSvg, placeImageCamps } from './svg-camps'
import { farOutliers } from './inset'
import { reachesInto, segmentsOf, type Segment } from './label-obstacles'
import { LINE_WEIGHT, placeLabels, symbolBox, type Placed } from './svg-labels'
import { insetSvg } from './svg-inset'
import { boundsOf, makeProjection, type Padding, type Rect } from './projection'
import { localName } from '../i18n/names'
import { geometryPath, inside, isMongolia, isPolygonal, overlaps, textLines, type Box } from './svg-geometry'
import { legendLayout } from './svg-legend'
import { CAPTION_SIZE, CREDIT_SIZE, FONT_EN, FONT_JA, MARGIN, STYLE, SUBTITLE_SIZE, TITLE_SIZE } from './svg-style'
import { escapeXml, fmt, textWidth, wrapText } from './svg-text'
import type { ImageCamp, ImageKeyLine, ImageScene } from './types'
import { burialLayerSvg } from './svg-burials'

/**
 * The pure image renderer: an ImageScene in, an SVG document out (a string). No DOM, no
 * React, no Leaflet: the same function runs in the browser (Share → Image) and in Node
 * (scripts/export-image.ts, the link-preview image). Every number is written by `fmt`, every
 * text through `escapeXml`, so the output is byte-for-byte the same for the same scene.
 */

type Corner = { top: boolean; left: boolean }

const toBox = (r: Rect): Box => ({ left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height })

/** The corner of the map nearest to where the outliers lie (never the key's lower left). */
function insetCorner(outliers: readonly ImageCamp[], main: readonly ImageCamp[], keyLowerLeft: boolean): Corner {
  const mean = (camps: readonly ImageCamp[], i: 0 | 1) => camps.reduce((s, c) => s + c.lngLat[i], 0) / Math.max(1, camps.length)
  const left = mean(outliers, 0) < mean(main, 0)
  const top = mean(outliers, 1) >= mean(main, 1) || (left && keyLowerLeft)
  return { top, left }
}

/** Draws a scene to a standalone SVG document. */
export function renderSvg(scene: ImageScene): string {
  const { width, height } = scene
  const font = scene.lang === 'ja' ? FONT_JA : FONT_EN
  const textMax = width - 2 * MARGIN

  const titleLines = scene.title === null ? [] : wrapText(scene.title, TITLE_SIZE, textMax, 2)
  const subtitleLines = scene.subtitle === null ? [] : wrapText(scene.subtitle, SUBTITLE_SIZE, textMax, 2)
  const captionLines = scene.caption === null ? [] : wrapText(scene.caption, CAPTION_SIZE, textMax, 3)
  const creditLines = wrapText(scene.credit, CREDIT_SIZE, textMax, 2)
  const headed = titleLines.length + subtitleLines.length > 0
  const titleH = headed ? MARGIN * 0.75 + titleLines.length * TITLE_SIZE * 1.25 + subtitleLines.length * SUBTITLE_SIZE * 1.35 + 8 : 0
  const footerH = 10 + captionLines.length * CAPTION_SIZE * 1.35 + creditLines.length * CREDIT_SIZE * 1.35 + 10
  const map: Rect = { x: 0, y: titleH, width, height: Math.max(50, height - titleH - footerH) }

  // The key's room, for the fit: every row it may have (the drawn ones are known only later).
  // Beside the camps in a wide image, as tall as the map allows, in one column; under them
  // otherwise (and when the key would take two columns), at most 0.6 of the map's height.
  const tallest = map.height - 24
  const beside = scene.legend === null ? null : legendLayout(scene.legend, null, tallest)
  const wide = map.width >= 900 && beside !== null && beside.width <= 400
  const keyMaxH = wide ? tallest : map.height * 0.6 - 24
  const keyEstimate = scene.legend === null ? null : wide ? beside : legendLayout(scene.legend, null, keyMaxH)
  const keyFits = keyEstimate !== null && keyEstimate.width + 24 < map.width && keyEstimate.height <= keyMaxH
  const padding: Padding = {
    top: 40,
    right: 40,
    bottom: 40 + (keyFits && !wide ? keyEstimate.height : 0),
    left: 40 + (keyFits && wide ? keyEstimate.width + 12 : 0),
  }

  // A fitted image fits the main group; far outliers go to an inset in the corner towards them.
  let view = scene.view
  let inset: { rect: Rect; camps: ImageCamp[] } | null = null
  if (view.kind === 'fit' && scene.camps.length >= 4) {
    const aspect = Math.max(1, map.width - padding.left - padding.right) / Math.max(1, map.height - padding.top - padding.bottom)
    const far = new Set(
      farOutliers(
        scene.camps.map((c) => c.lngLat),
        aspect,
      ),
    )
    if (far.size > 0) {
      const outliers = scene.camps.filter((_, i) => far.has(i))
      const main = scene.camps.filter((_, i) => !far.has(i))
      const w = Math.round(Math.min(map.width * 0.26, 300))
      const h = Math.round(Math.min(w * 0.8, map.height * 0.42))
      const corner = insetCorner(outliers, main, keyFits)
      const rect: Rect = {
        x: corner.left ? map.x + 12 : map.x + map.width - 12 - w,
        y: corner.top ? map.y + 12 : map.y + map.height - 12 - h,
        width: w,
        height: h,
      }
      // Room for it on the side that costs the fit least.
      if (w * map.height <= h * map.width) {
        if (corner.left) padding.left = Math.max(padding.left, w + 36)
        else padding.right = Math.max(padding.right, w + 36)
      } else if (corner.top) padding.top = Math.max(padding.top, h + 36)
      else padding.bottom = Math.max(padding.bottom, h + 36)
      view = { kind: 'fit', bounds: boundsOf(main.map((c) => c.lngLat)) }
      inset = { rect, camps: outliers }
    }
  }
  const projection = makeProjection(view, map, padding)
  const { project } = projection
  const mapBoxClip = toBox(map)
  const drawnLines = new Set<ImageKeyLine>()

  const out: string[] = []
  const ariaLabel = escapeXml(scene.description)
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.pixelWidth}" height="${scene.pixelHeight}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${ariaLabel}" font-family="${escapeXml(font)}" lang="${scene.lang}">`,
  )
  out.push(`<title>${ariaLabel}</title>`)
  const clips = [
    `<clipPath id="map-clip"><rect x="${fmt(map.x)}" y="${fmt(map.y)}" width="${fmt(map.width)}" height="${fmt(map.height)}"/></clipPath>`,
  ]
  if (inset !== null) {
    const r = inset.rect
    clips.push(
      `<clipPath id="inset-clip"><rect x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.width)}" height="${fmt(r.height)}"/></clipPath>`,
    )
  }
  out.push(`<defs>${clips.join('')}</defs>`)
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
  if (countries.some((f) => reachesInto(f.geometry, project, mapBoxClip))) drawnLines.add('borders')
  out.push(`<g class="layer-countries">${land.join('')}</g>`)
  const water = scene.layers.water?.features ?? []
  if (water.length > 0) {
    const paths = water.flatMap((f) => {
      const d = geometryPath(f.geometry, project, map)
      if (d === '' || !reachesInto(f.geometry, project, mapBoxClip)) return []
      return [
        isPolygonal(f.geometry)
          ? `<path d="${d}" fill="${STYLE.sea}" stroke="${STYLE.water}" stroke-width="0.7"/>`
          : `<path d="${d}" fill="none" stroke="${STYLE.water}" stroke-width="1.2"/>`,
      ]
    })
    if (paths.length > 0) drawnLines.add('water')
    out.push(`<g class="layer-water">${paths.join('')}</g>`)
  }
  const ussr = scene.layers.ussr?.features ?? []
  const ussrSegments: Segment[] = []
  if (ussr.length > 0) {
    const shown = ussr.filter((f) => reachesInto(f.geometry, project, mapBoxClip))
    const d = shown.map((f) => geometryPath(f.geometry, project, map)).join('')
    if (d !== '') {
      for (const f of ussr) segmentsOf(f.geometry, project, mapBoxClip, ussrSegments)
      drawnLines.add('ussr')
      out.push(
        `<g class="layer-ussr"><path d="${d}" fill="none" stroke="${STYLE.ussr}" stroke-width="2" stroke-opacity="0.8" stroke-dasharray="${STYLE.ussrDash}" stroke-linejoin="round"/></g>`,
      )
    }
  }
  const railways = scene.layers.railways?.features ?? []
  const railSegments: Segment[] = []
  if (railways.length > 0) {
    const shown = railways.filter((f) => reachesInto(f.geometry, project, mapBoxClip))
    const d = shown.map((f) => geometryPath(f.geometry, project, map)).join('')
    if (d !== '') {
      for (const f of railways) segmentsOf(f.geometry, project, mapBoxClip, railSegments)
      drawnLines.add('railways')
      out.push(
        `<g class="layer-railways"><path d="${d}" fill="none" stroke="${STYLE.railway}" stroke-width="3"/><path d="${d}" fill="none" stroke="${STYLE.railwayInner}" stroke-width="1.4" stroke-dasharray="5 5"/></g>`,
      )
    }
  }
  const bamSegments: Segment[] = []
  if (scene.bamLine !== null) {
    const parts: string[] = []
    for (const section of scene.bamLine.sections) {
      const geometry = { type: 'LineString' as const, coordinates: section.coordinates }
      const d = geometryPath(geometry, project, map)
      // Only what shows: a section whose bounding box alone meets the map is left out.
      if (d === '' || !reachesInto(geometry, project, mapBoxClip)) continue
      drawnLines.add(section.kind === 'planned' ? 'bamPlanned' : 'bamBuilt')
      segmentsOf(geometry, project, mapBoxClip, bamSegments)
      parts.push(
        section.kind === 'planned'
          ? `<path d="${d}" fill="none" stroke="${STYLE.bam}" stroke-width="2" stroke-opacity="0.6" stroke-dasharray="2 7" stroke-linecap="round"/>`
          : `<path d="${d}" fill="none" stroke="${STYLE.bam}" stroke-width="3.5" stroke-opacity="0.85" stroke-linecap="round"/>`,
      )
    }
    if (parts.length > 0) out.push(`<g class="layer-bam">${parts.join('')}</g>`)
  }
  const mapBox: Rect = { x: map.x + 2, y: map.y + 2, width: map.width - 4, height: map.height - 4 }

  // Camps of the main map: positions, halos, markers (larger tiers underneath).
  const insetIds = new Set(inset?.camps.map((c) => c.id) ?? [])
  const placed: Placed[] = scene.camps
    .filter((camp) => !insetIds.has(camp.id))
    .map((camp) => {
      const [x, y] = project(camp.lngLat[0], camp.lngLat[1])
      return { camp, x, y, half: tierSymbol(camp.tier).sizePx / 2 }
    })
    .filter((p) => p.x >= map.x - 30 && p.x <= map.x + map.width + 30 && p.y >= map.y - 30 && p.y <= map.y + map.height + 30)
  let haloDrawn = false
  const halos = placed.flatMap(({ camp, x, y, half }) => {
    if (camp.uncertaintyKm === null) return []
    const r = (camp.uncertaintyKm / (40075.016686 * Math.cos((camp.lngLat[1] * Math.PI) / 180))) * projection.pixelsPerWorld
    if (r <= half + 2) return []
    haloDrawn = true
    return [
      `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="none" stroke="${STYLE.halo}" stroke-width="1" stroke-dasharray="4 4"/>`,
    ]
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
    if (parts.length > 0) drawnLines.add('towns')
    out.push(`<g class="layer-towns">${parts.join('')}</g>`)
  }

  const burialLayer = burialLayerSvg(scene.layers.burials, projection, map)
  if (burialLayer !== '') out.push(burialLayer)

  // What the image draws decides the key: only those rows, at the lower left (or left, wide).
  const drawnTiers = new Set<TierKey>([...placed, ...(inset?.camps ?? []).map((camp) => ({ camp }))].map((p) => p.camp.tier))
  const keyAndInset = (marks: { groups: boolean; displaced: boolean }) => {
    const key =
      scene.legend === null
        ? null
        : legendLayout(
            scene.legend,
            { tiers: drawnTiers, approximate: haloDrawn, lines: drawnLines, burials: burialLayer !== '', ...marks },
            keyMaxH,
          )
    const box: Box | null =
      key !== null && keyFits
        ? { left: map.x + 12, top: map.y + map.height - 12 - key.height, right: map.x + 12 + key.width, bottom: map.y + map.height - 12 }
        : null
    const obstacles: Box[] = []
    if (box) obstacles.push(box)
    if (inset !== null) obstacles.push(toBox(inset.rect))
    return { key, box, obstacles }
  }
  // The map's placement model: the key and the inset are obstacles, the map's edges the view.
  // The key lists the group marker and the leader line when they are drawn: placed once
  // without those rows, then again around the key that has the rows the first placement drew.
  const first = keyAndInset({ groups: false, displaced: false })
  const firstMarkers = placeImageCamps(placed, scene.selectedId, first.obstacles, toBox(mapBox))
  const marks = { groups: firstMarkers.some((m) => m.kind === 'group'), displaced: firstMarkers.some((m) => m.displaced) }
  const { key: legend, box: legendBox, obstacles: blocked } = marks.groups || marks.displaced ? keyAndInset(marks) : first
  const markers = marks.groups || marks.displaced ? placeImageCamps(placed, scene.selectedId, blocked, toBox(mapBox)) : firstMarkers
  const byId = new Map(placed.map((p) => [p.camp.id, p]))
  out.push(campsSvg(markers, byId, scene.selectedId))
  const singles: Placed[] = markers.flatMap((m) => {
    const p = m.kind === 'single' ? byId.get(m.id) : undefined
    return p === undefined || m.kind !== 'single' ? [] : [{ ...p, x: m.x, y: m.y }]
  })
  const groupBoxes: Box[] = markers.flatMap((m) => {
    if (m.kind !== 'group') return []
    const half = groupSizePx(m.tiers) / 2
    return [{ left: m.x - half, top: m.y - half, right: m.x + half, bottom: m.y + half }]
  })
  const labels = placeLabels(
    singles,
    scene.selectedId,
    mapBox,
    [...blocked, ...groupBoxes],
    [
      { segments: bamSegments, weight: LINE_WEIGHT.bam },
      { segments: railSegments, weight: LINE_WEIGHT.railways },
      { segments: ussrSegments, weight: LINE_WEIGHT.ussr },
    ],
  )
  const symbolBoxes = [...singles.map(symbolBox), ...groupBoxes]
  const freeTowns = townLabels.filter(
    (town) => inside(town.box, mapBox) && !blocked.some((b) => overlaps(b, town.box)) && !symbolBoxes.some((b) => overlaps(b, town.box)),
  )
  if (freeTowns.length > 0) out.push(`<g class="layer-town-labels">${freeTowns.map((town) => town.svg).join('')}</g>`)
  out.push(`<g class="layer-labels">${labels.map((l) => l.svg).join('')}</g>`)
  out.push('</g>')
  out.push(
    `<rect x="${fmt(map.x + 0.5)}" y="${fmt(map.y + 0.5)}" width="${fmt(map.width - 1)}" height="${fmt(map.height - 1)}" fill="none" stroke="#cccccc"/>`,
  )
  if (inset !== null) out.push(insetSvg(scene, inset, projection, map))
  if (legend !== null && legendBox !== null) out.push(legend.svg(legendBox.left, legendBox.top))

  // Title and subtitle above, source note and credit below.
  if (headed) {
    const parts: string[] = []
    if (titleLines.length > 0)
      parts.push(
        textLines(titleLines, MARGIN, MARGIN * 0.75 + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.25, ` font-weight="bold" fill="${STYLE.ink}"`),
      )
    const subtitleY = MARGIN * 0.75 + titleLines.length * TITLE_SIZE * 1.25 + SUBTITLE_SIZE * (titleLines.length > 0 ? 1.15 : 1)
    if (subtitleLines.length > 0)
      parts.push(
        `<g class="subtitle">${textLines(subtitleLines, MARGIN, subtitleY, SUBTITLE_SIZE, SUBTITLE_SIZE * 1.35, ` fill="${STYLE.inkSoft}"`)}</g>`,
      )
    out.push(`<g class="title">${parts.join('')}</g>`)
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
