import type { LoadedData } from '../data/dataset'
import { loadBasemap, type Basemap } from '../load/load-basemap'
import { loadRailways, loadTowns, loadWater } from '../load/load-overlays'
import { overlayLayers } from '../render-image/overlay-layers'
import type { ViewState } from '../url/url-state'
import type { Lang } from '../i18n/lang'
import { renderSvg } from '../render-image/render-svg'
import { sceneFromState } from '../render-image/scene-from-state'
import type { ImageSize } from '../render-image/presets'
import { loadBurialData } from '../context/use-burial-data'
import { imageBurialSites } from '../render-image/svg-burials'

/**
 * Browser side of Share → Image (the only part that touches the DOM), loaded on demand (dynamic import) so the first view's
 * JavaScript does not grow: the same pure renderer as the CLI draws the SVG; a PNG is that
 * SVG drawn on a canvas. The SVG goes to the <img> as a data: URL, which the production
 * CSP allows (`img-src 'self' data:`); a blob: URL would be refused there. The file is then
 * saved through a blob: link, as the other downloads are (a download is not an image load).
 */

type ImageFormat = 'svg' | 'png'
export type ExportRequest = {
  state: ViewState
  data: LoadedData
  lang: Lang
  format: ImageFormat
  size: ImageSize
  title?: string | null
  subtitle?: string | null
  caption?: string | null
}

let basemap: Promise<Basemap> | null = null

function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The SVG document of a view, drawn from the data (the same as `npm run export:image`). */
async function renderViewSvg(request: Omit<ExportRequest, 'format'>): Promise<string> {
  basemap ??= loadBasemap(import.meta.env.BASE_URL, new AbortController().signal).catch((error: unknown) => {
    basemap = null
    throw error
  })
  const { countries, ussr } = await basemap
  // The extra layers are context: an image without them is still right, so a failure is not fatal.
  const signal = new AbortController().signal
  const [water, railways, towns] = await Promise.all([
    loadWater(import.meta.env.BASE_URL, 'low', signal).catch(() => null),
    loadRailways(signal).catch(() => null),
    loadTowns(signal).catch(() => null),
  ])
  const burials = request.state.layers.includes('burials')
    ? await loadBurialData().then((d) => imageBurialSites(d.sites, request.state.lang ?? request.lang))
    : null
  const scene = sceneFromState(
    request.state,
    { dataset: request.data.dataset, metadata: request.data.metadata },
    { countries, ussr, ...overlayLayers({ water, railways, towns }), burials },
    {
      ...request.size,
      title: request.title,
      subtitle: request.subtitle,
      caption: request.caption,
      fallbackLang: request.lang,
    },
  )
  return renderSvg(scene)
}

/** Draws an SVG document to a PNG of `size` pixels. */
async function svgToPng(svg: string, size: ImageSize): Promise<Blob> {
  const image = new Image(size.width, size.height)
  image.decoding = 'async'
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2D canvas')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, size.width, size.height)
  context.drawImage(image, 0, 0, size.width, size.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  )
}

/** A file name from the view: camp-map[-region|-camp][-lang]-WxH.ext */
function imageFileName(state: ViewState, lang: Lang, size: ImageSize, format: ImageFormat): string {
  const parts = ['camp-map', state.camp ?? state.region ?? state.area ?? null, lang, `${size.width}x${size.height}`].filter(
    (p): p is string => p !== null,
  )
  return `${parts.join('-')}.${format}`
}

/** Renders the view and downloads it as SVG or PNG. */
export async function downloadViewImage(request: ExportRequest): Promise<string> {
  const svg = await renderViewSvg(request)
  const name = imageFileName(request.state, request.state.lang ?? request.lang, request.size, request.format)
  if (request.format === 'svg') saveBlob(name, new Blob([svg], { type: 'image/svg+xml' }))
  else saveBlob(name, await svgToPng(svg, request.size))
  return name
}
