import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import '../src/data/zod-setup'
import { IMAGE_PRESETS, hasCjk, parseImageSize, renderSvg, sceneFromState, type ImageSize } from '../src/render-image'
import { parseUrlState } from '../src/url/url-state'
import { isMain } from './lib/is-main'
import { loadImageData, loadImageLayers } from './lib/image-data'
import { burialSitesFromBundledJson } from '../src/burials/burial-data'
import { imageBurialSites } from '../src/render-image/svg-burials'
import { BURIALS_FILE } from './lib/paths'

/**
 * A still image of any view of the map, for newsroom pipelines:
 *
 *   npm run export:image -- --query "region=chita-oblast&lang=ja" --out chita.svg
 *   npm run export:image -- --query "camp=taishet" --out taishet.png --size 2400x1600
 *
 * `--query` is the app's own URL (its search, optionally with `#map=z/lat/lon`), parsed
 * by the app's own parser (src/url/url-state.ts). The SVG comes from the pure renderer
 * (src/render-image/); a PNG is that SVG rasterised by @resvg/resvg-js (no browser).
 * PNG text uses the fonts installed on the system: for Japanese a CJK font is needed
 * (Debian: fonts-noto-cjk); the script refuses to write a Japanese PNG without one.
 */

const USAGE = `Usage: npm run export:image -- --query "<app URL parameters>" --out <file.svg|file.png>
  [--size 1200x800|1080x1080|2400x1600|WxH] [--title "…"] [--subtitle "…"] [--note "…"] [--no-title] [--no-subtitle] [--no-note]
  [--font <file.ttf|.otf|.ttc>]...
Without --title, --subtitle or --note the image has the view's own (region or filter, how many camps, the data version);
--caption is another name for --note.`

/** Font files that hold Japanese glyphs, where Debian, Fedora, Arch and macOS put them. */
export const CJK_FONT_FILES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc',
  '/System/Library/Fonts/Hiragino Sans GB.ttc',
]

export type ExportArgs = {
  query: string
  out: string
  size: ImageSize
  /** undefined: the view's own text; null: none. */
  title: string | null | undefined
  subtitle: string | null | undefined
  /** The source note under the map. */
  caption: string | null | undefined
  fonts: string[]
}

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      query: { type: 'string', default: '' },
      out: { type: 'string' },
      size: { type: 'string', default: '1200x800' },
      title: { type: 'string' },
      'no-title': { type: 'boolean', default: false },
      subtitle: { type: 'string' },
      'no-subtitle': { type: 'boolean', default: false },
      note: { type: 'string' },
      caption: { type: 'string' },
      'no-note': { type: 'boolean', default: false },
      font: { type: 'string', multiple: true, default: [] },
    },
    strict: true,
  })
  if (values.out === undefined) throw new Error(`--out is required\n${USAGE}`)
  const ext = extname(values.out).toLowerCase()
  if (ext !== '.svg' && ext !== '.png') throw new Error(`--out must end in .svg or .png, got ${values.out}`)
  const preset = (IMAGE_PRESETS as Record<string, ImageSize | undefined>)[values.size]
  const size = preset ?? parseImageSize(values.size)
  if (size === null)
    throw new Error(`--size must be WxH between 200 and 6000 px (e.g. 1200x800) or social|square|print, got ${values.size}`)
  // `npm run` starts scripts in the project folder; paths are the caller's (INIT_CWD).
  const from = process.env.INIT_CWD ?? process.cwd()
  return {
    query: values.query,
    out: resolve(from, values.out),
    size,
    title: values['no-title'] ? null : values.title,
    subtitle: values['no-subtitle'] ? null : values.subtitle,
    caption: values['no-note'] ? null : (values.note ?? values.caption),
    fonts: values.font.map((f) => resolve(from, f)),
  }
}

/** Splits `region=x&lang=ja#map=5/52/113` (a leading `?` or a whole URL also work) into search and hash. */
export function splitQuery(query: string): { search: string; hash: string } {
  let text = query.trim()
  const q = text.indexOf('?')
  if (/^[a-z]+:\/\//i.test(text)) text = q >= 0 ? text.slice(q) : text.includes('#') ? text.slice(text.indexOf('#')) : ''
  const hashAt = text.indexOf('#')
  const search = hashAt >= 0 ? text.slice(0, hashAt) : text
  const hash = hashAt >= 0 ? text.slice(hashAt) : ''
  return { search: search.startsWith('?') ? search : `?${search}`, hash }
}

/** Renders the image and writes it; returns what was written, for the caller to report. */
export async function exportImage(args: ExportArgs): Promise<{ out: string; camps: number; bytes: number; rejected: number }> {
  const { search, hash } = splitQuery(args.query)
  const state = parseUrlState(search, hash)
  const data = loadImageData(state.data)
  const burials = state.layers.includes('burials')
    ? imageBurialSites(burialSitesFromBundledJson(JSON.parse(readFileSync(BURIALS_FILE, 'utf8')) as unknown), state.lang ?? 'en')
    : null
  const scene = sceneFromState(
    state,
    data,
    { ...loadImageLayers(), burials },
    {
      ...args.size,
      title: args.title,
      subtitle: args.subtitle,
      caption: args.caption,
    },
  )
  const svg = renderSvg(scene)
  let body: Buffer
  if (args.out.toLowerCase().endsWith('.svg')) {
    body = Buffer.from(svg, 'utf8')
  } else {
    const cjkFonts = CJK_FONT_FILES.filter((f) => existsSync(f))
    if (hasCjk(svg) && cjkFonts.length === 0 && args.fonts.length === 0) {
      throw new Error(
        'This image has Japanese text but no Japanese font was found, so the PNG would show empty boxes.\n' +
          'Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) or pass --font /path/to/NotoSansCJK-Regular.ttc.\n' +
          `Looked in: ${CJK_FONT_FILES.join(', ')}`,
      )
    }
    const { Resvg } = await import('@resvg/resvg-js')
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: args.size.width },
      font: {
        loadSystemFonts: true,
        fontFiles: [...args.fonts, ...cjkFonts],
        defaultFontFamily: scene.lang === 'ja' ? 'Noto Sans CJK JP' : 'DejaVu Sans',
        sansSerifFamily: scene.lang === 'ja' ? 'Noto Sans CJK JP' : 'DejaVu Sans',
      },
      background: '#ffffff',
    })
    body = resvg.render().asPng()
  }
  writeFileSync(args.out, body)
  return { out: args.out, camps: scene.camps.length, bytes: body.length, rejected: data.rejected.length }
}

if (isMain(import.meta.url)) {
  try {
    const args = parseExportArgs(process.argv.slice(2))
    const result = await exportImage(args)
    console.log(`${result.out}: ${args.size.width}×${args.size.height}, ${result.camps} camps, ${result.bytes} bytes`)
    if (result.rejected > 0) console.warn(`${result.rejected} camp feature(s) were left out by the validator (run npm run validate:data)`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
