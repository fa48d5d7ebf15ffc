import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FeatureCollection } from 'geojson'
import { describe, expect, it } from 'vitest'
import { loadImageData, loadImageLayers, readImageData } from '../../scripts/lib/image-data'
import { tierKeyOf } from '../data/tier-key'
import { filterCamps } from '../filter/filter-camps'
import { buildCampIndex } from '../camp-index/camp-index'
import { parseUrlState } from '../url/url-state'
import { symbolGeometry, tierSymbol } from '../symbols/tier-symbol'
import { escapeXml, fmt, textWidth, wrapText } from './svg-text'
import { farOutliers } from './inset'
import { IMAGE_PRESETS, layoutScale, parseImageSize, renderSvg, sceneFromState, type ImageLayers } from './index'

/**
 * Golden tests, as Turf does: each case of test/in/cases.json is rendered and compared
 * byte for byte with test/out/<name>.svg. `REGEN=1 npx vitest run --project unit
 * src/render-image` rewrites the goldens (look at them before committing).
 */

const HERE = fileURLToPath(new URL('.', import.meta.url))
const ROOT = join(HERE, '../..')
const REGEN = process.env.REGEN === '1'

type Case = {
  name: string
  data: 'valid' | 'hostile' | 'geodata'
  query: string
  size: string
  title?: string
  subtitle?: string
  caption?: string
  layers?: 'extra' | 'real'
}
const cases = JSON.parse(readFileSync(join(HERE, 'test/in/cases.json'), 'utf8')) as Case[]

const fixture = (file: string) => join(ROOT, 'tests/fixtures', file)
const datasets = {
  valid: readImageData({
    camps: fixture('data/valid-camps.geojson'),
    regions: fixture('data/valid-regions.json'),
    sources: fixture('data/valid-sources.json'),
    bamLine: fixture('data/valid-bam-line.geojson'),
  }),
  hostile: readImageData({
    camps: fixture('hostile/hostile-camps.geojson'),
    regions: join(ROOT, 'geodata/regions.json'),
    sources: join(ROOT, 'geodata/sources.json'),
    bamLine: fixture('data/valid-bam-line.geojson'),
  }),
  // The repository's own data and basemap: the views journalists export.
  geodata: loadImageData(null),
}
const realLayers = loadImageLayers()
const basemap = JSON.parse(readFileSync(join(HERE, 'test/in/basemap.geojson'), 'utf8')) as FeatureCollection
const extra = JSON.parse(readFileSync(join(HERE, 'test/in/extra-layers.geojson'), 'utf8')) as Omit<ImageLayers, 'countries'>

function render(c: Case): string {
  const [search, hash = ''] = c.query.split('#')
  const state = parseUrlState(`?${search}`, hash === '' ? '' : `#${hash}`)
  const size = parseImageSize(c.size)
  if (size === null) throw new Error(`bad size ${c.size}`)
  const layers: ImageLayers =
    c.layers === 'real' ? realLayers : c.layers === 'extra' ? { countries: basemap, ...extra } : { countries: basemap }
  return renderSvg(sceneFromState(state, datasets[c.data], layers, { ...size, title: c.title, subtitle: c.subtitle, caption: c.caption }))
}

/** The `<g class="camp" …>` elements: id → tier, with a count per id. */
function drawnCamps(svg: string): Map<string, { tier: string; times: number }> {
  const out = new Map<string, { tier: string; times: number }>()
  for (const m of svg.matchAll(/<g class="camp" data-camp-id="([^"]*)" data-tier="([^"]*)"/g)) {
    const id = m[1] ?? ''
    const seen = out.get(id)
    out.set(id, { tier: m[2] ?? '', times: (seen?.times ?? 0) + 1 })
  }
  return out
}

/** The members of group markers: id → the group's data-tiers (each id once, or the test fails). */
function groupedCamps(svg: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of svg.matchAll(/<g class="camp-group" data-camp-ids="([^"]*)" data-tiers="([^"]*)"/g)) {
    for (const id of (m[1] ?? '').split(' ')) {
      expect(out.has(id), `${id} in two groups`).toBe(false)
      out.set(id, m[2] ?? '')
    }
  }
  return out
}

describe('renderSvg golden files (test/in → test/out)', () => {
  for (const c of cases) {
    it(`${c.name} matches test/out/${c.name}.svg`, () => {
      const svg = render(c)
      const golden = join(HERE, 'test/out', `${c.name}.svg`)
      if (REGEN) writeFileSync(golden, svg)
      expect(existsSync(golden), `${golden} is missing: run with REGEN=1`).toBe(true)
      expect(svg).toBe(readFileSync(golden, 'utf8'))
      // Deterministic: the same input twice gives the same bytes.
      expect(render(c)).toBe(svg)
    })
  }
})

describe('what the image shows', () => {
  it('draws every visible camp exactly once, with its legend tier and symbol', () => {
    for (const c of cases) {
      const svg = render(c)
      const data = datasets[c.data]
      const index = buildCampIndex(data.dataset)
      const [search, hash = ''] = c.query.split('#')
      const state = parseUrlState(`?${search}`, hash === '' ? '' : `#${hash}`)
      const visible = filterCamps(index.camps, state, index)
      const drawn = drawnCamps(svg)
      const grouped = groupedCamps(svg)
      expect([...drawn.keys(), ...grouped.keys()].sort(), c.name).toEqual(visible.map((v) => v.id).sort())
      for (const camp of visible) {
        const inGroup = grouped.get(camp.id)
        if (inGroup !== undefined) {
          // The placement model groups only lower tiers, and the group names its members' tiers.
          expect(['1', '2'], `${camp.id} grouped`).not.toContain(tierKeyOf(camp.tier))
          expect(inGroup.split(' '), camp.id).toContain(tierKeyOf(camp.tier))
          continue
        }
        const entry = drawn.get(camp.id)
        expect(entry?.times, camp.id).toBe(1)
        expect(entry?.tier).toBe(tierKeyOf(camp.tier))
        // The marker is the legend's own symbol (tier-symbol.ts).
        const symbol = tierSymbol(tierKeyOf(camp.tier))
        const geometry = symbolGeometry(symbol)
        const element = new RegExp(
          `data-camp-id="${camp.id}"[^>]*>(?:<circle[^>]*stroke="#d9480f"[^>]*/>)?<([a-z]+)[^>]*fill="${symbol.fill}" stroke="${symbol.stroke}"`,
        ).exec(svg)
        expect(element?.[1], camp.id).toBe(geometry.kind === 'circle' ? 'circle' : 'polygon')
      }
    }
  })

  it('labels camps with number and name in the chosen language', () => {
    const en = render(cases.find((c) => c.name === 'default-en') as Case)
    const ja = render(cases.find((c) => c.name === 'all-ja-square') as Case)
    expect(en).toContain('>1. Taishet (BAM camp No. 7)</text>')
    expect(en).toContain('>3. Ulaanbaatar (city facilities)</text>')
    expect(ja).toContain('>1. タイシェット</text>')
    expect(ja).toContain('>2. トビリシ</text>')
    expect(ja).not.toContain('Tbilisi</text>')
    expect(ja).toContain('lang="ja"')
    // Legend, title and credit in the language too; the credit names data version and date.
    expect(ja).toContain('>凡例</text>')
    expect(en).toContain('>Legend</text>')
    expect(en).toMatch(/Data: [^<]+, version \d+\.\d+\.\d+, \d{4}-\d{2}-\d{2} · Basemap: Natural Earth/)
  })

  it('draws the optional layers only when given, and the selected camp ringed', () => {
    const plain = render(cases[0] as Case)
    const withExtra = render(cases.find((c) => c.name === 'region-view-print') as Case)
    for (const layer of ['layer-water', 'layer-railways', 'layer-towns', 'layer-ussr']) {
      expect(plain).not.toContain(layer)
      expect(withExtra).toContain(layer)
    }
    expect(withExtra).toContain('Irkutsk &lt;town&gt;')
    expect(withExtra).toMatch(/data-camp-id="taishet"[^>]*><circle[^>]*stroke="#d9480f"/)
    // Print size: 2400×1600 pixels, the 1200×800 layout drawn twice as fine.
    expect(withExtra).toMatch(/^<svg [^>]*width="2400" height="1600" viewBox="0 0 1200 800"/)
    // Features outside the view are not written at all.
    expect(plain).not.toContain('Far away')
  })

  it('keeps hostile text inert: escaped, never markup', () => {
    const svg = render(cases.find((c) => c.name === 'hostile') as Case)
    // Every element in the output is one the renderer writes.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]))
    const allowed = ['circle', 'clipPath', 'defs', 'g', 'path', 'polygon', 'rect', 'svg', 'text', 'title']
    expect([...tags].filter((tag) => !allowed.includes(tag ?? ''))).toEqual([])
    expect(svg).not.toMatch(/\son[a-z]+="/i)
    expect(svg).toContain('&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;')
    expect(svg).toContain('&lt;script&gt;window.__pwned=&#39;nameJa&#39;&lt;/script&gt;敵対')
    expect(svg).toContain('data-camp-id="hostile-script"')
  })
})

describe('text and size helpers', () => {
  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(escapeXml('a\u0000b\u001fc\ud800d')).toBe('abcd')
  })

  it('formats numbers the same way everywhere', () => {
    expect([fmt(1.25), fmt(-0.04), fmt(3), fmt(1e21 / 1e21), fmt(Number.NaN), fmt(-12.349)]).toEqual(['1.3', '0', '3', '1', '0', '-12.3'])
  })

  it('wraps long text into at most the lines allowed, Japanese included', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 10, 60, 2)
    expect(lines.length).toBe(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
    expect(wrapText('日本語の長い説明文がここに続きます', 10, 50, 3).length).toBe(3)
  })

  it('parses sizes and scales print sizes', () => {
    expect(parseImageSize('1200x800')).toEqual({ width: 1200, height: 800 })
    expect(parseImageSize('10x10')).toBeNull()
    expect(parseImageSize('abc')).toBeNull()
    expect(layoutScale(IMAGE_PRESETS.print)).toBe(2)
    expect(layoutScale(IMAGE_PRESETS.social)).toBe(1)
    expect(layoutScale(IMAGE_PRESETS.square)).toBe(1)
  })
})

describe('images ready to publish (issue 23)', () => {
  const real = (name: string) => render(cases.find((c) => c.name === name) as Case)
  const geodata = datasets.geodata.dataset.camps

  it('farOutliers: Magadan leaves the Khabarovsk Krai fit; compact groups and the whole map keep every camp', () => {
    const khabarovsk = geodata.filter((c) => c.region === 'khabarovsk-krai')
    const far = farOutliers(
      khabarovsk.map((c) => c.lngLat),
      1.6,
    ).map((i) => khabarovsk[i]?.id)
    expect(far).toEqual(['magadan'])
    expect(
      farOutliers(
        geodata.filter((c) => c.region === 'chita-oblast').map((c) => c.lngLat),
        1.6,
      ),
    ).toEqual([])
    expect(
      farOutliers(
        geodata.map((c) => c.lngLat),
        1.6,
      ),
    ).toEqual([])
    // Fewer than four camps: never an inset.
    expect(
      farOutliers(
        [
          [0, 0],
          [1, 1],
          [100, 60],
        ],
        1.6,
      ),
    ).toEqual([])
    // A lone far point among a tight group is left out; never more than the rules allow.
    const tight: [number, number][] = [
      [10, 50],
      [10.5, 50.2],
      [10.2, 50.4],
      [10.4, 49.9],
      [10.1, 50.1],
      [40, 65],
    ]
    expect(farOutliers(tight, 1.5)).toEqual([5])
    expect(farOutliers(tight, 1.5, { max: 0, gain: 2, keep: 0.5 })).toEqual([])
  })

  it('Khabarovsk Krai: the main group fitted, Magadan in the inset, each camp drawn once', () => {
    for (const lang of ['en', 'ja']) {
      const svg = real(`khabarovsk-krai-${lang}`)
      expect(svg).toMatch(/<g class="inset" data-inset-camps="magadan">/)
      const ids = [...svg.matchAll(/<g class="camp" data-camp-id="([^"]+)"/g)].map((m) => m[1])
      expect(ids.sort()).toEqual(
        geodata
          .filter((c) => c.region === 'khabarovsk-krai')
          .map((c) => c.id)
          .sort(),
      )
      // The inset holds Magadan, the main map the others.
      const inset = /<g class="inset"[\s\S]*?<\/g><rect/.exec(svg)?.[0] ?? ''
      expect(inset).toContain('data-camp-id="magadan"')
    }
    expect(real('chita-oblast-en')).not.toContain('class="inset"')
    expect(real('whole-map-en')).not.toContain('class="inset"')
  })

  it('titles, subtitle, note and credit in the image’s language', () => {
    const en = real('khabarovsk-krai-en')
    const ja = real('khabarovsk-krai-ja')
    expect(en).toContain('>Camps of Japanese prisoners and internees: Khabarovsk Krai</text>')
    expect(en).toMatch(/>Camps named by the sources: 9\./)
    expect(en).toMatch(/>Data version \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)\./)
    expect(ja).toContain('ハバロフスク地方</text>')
    expect(ja).toContain('データ：1945年以降のソ連・モンゴルにおける日本人捕虜・抑留者の収容所')
    expect(ja).not.toContain('Camps of Japanese prisoners and internees in the Soviet Union')
  })

  it('the key lists every symbol and line drawn, and nothing else', () => {
    for (const name of ['khabarovsk-krai-en', 'chita-oblast-ja', 'whole-map-en', 'default-en']) {
      const svg = real(name)
      const key = /<g class="legend"[\s\S]*?<\/g>\n/.exec(svg)?.[0] ?? ''
      const keyTiers = [...key.matchAll(/data-legend-tier="([^"]+)"/g)].map((m) => m[1]).sort()
      const drawnTiers = [
        ...new Set([...svg.matchAll(/<g class="camp" data-camp-id="[^"]+" data-tier="([^"]+)"/g)].map((m) => m[1])),
      ].sort()
      expect(keyTiers, name).toEqual(drawnTiers)
      const keyLines = [...key.matchAll(/data-legend-line="([^"]+)"/g)].map((m) => m[1])
      const layers: Record<string, boolean> = {
        ussr: svg.includes('class="layer-ussr"'),
        railways: svg.includes('class="layer-railways"'),
        bamBuilt: /class="layer-bam">[^\n]*stroke-width="3.5"/.test(svg),
        bamPlanned: /class="layer-bam">[^\n]*stroke-dasharray="2 7"/.test(svg),
        water: /class="layer-water"><path/.test(svg),
        towns: /class="layer-towns"><circle/.test(svg),
        borders: /class="layer-countries"><path/.test(svg),
      }
      for (const [line, drawn] of Object.entries(layers)) expect(keyLines.includes(line), `${name}: ${line}`).toBe(drawn)
    }
    const k = real('khabarovsk-krai-en')
    for (const line of ['bamPlanned', 'bamBuilt', 'railways', 'ussr']) expect(k).toContain(`data-legend-line="${line}"`)
  })

  it('every line of the key lies inside its box, long rows wrapped (whole map, in both languages)', () => {
    for (const name of ['whole-map-en', 'whole-map-ja', 'khabarovsk-krai-en', 'chita-oblast-ja', 'default-en']) {
      const svg = real(name)
      const key = /<g class="legend"[\s\S]*?<\/g>\n/.exec(svg)?.[0] ?? ''
      const width = Number(/<rect width="([\d.]+)"/.exec(key)?.[1])
      expect(width, name).toBeGreaterThan(0)
      // Each text element, then its own line or each of its tspans, at its font size.
      const texts = [...key.matchAll(/<text x="([\d.]+)"[^>]*font-size="([\d.]+)"([^>]*)>([\s\S]*?)<\/text>/g)]
      expect(texts.length, name).toBeGreaterThan(3)
      for (const [, x, size, rest = '', content = ''] of texts) {
        if (rest.includes('text-anchor="end"')) {
          expect(Number(x), `${name}: a count ends inside the key`).toBeLessThanOrEqual(width)
          continue
        }
        const lines = content.includes('<tspan') ? [...content.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? '') : [content]
        for (const escaped of lines) {
          const text = escaped.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
          const end = Number(x) + textWidth(text, Number(size))
          expect(end, `${name}: "${text}" ends inside the key (${width} wide)`).toBeLessThanOrEqual(width)
        }
      }
    }
  })

  it('no label covers a marker or another label', () => {
    for (const name of ['khabarovsk-krai-en', 'khabarovsk-krai-ja', 'chita-oblast-en', 'whole-map-en', 'whole-map-ja']) {
      const svg = real(name)
      const markers = [...svg.matchAll(/<g class="camp" data-camp-id="([^"]+)"[^>]*transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)].map(
        (m) => {
          const camp = datasets.geodata.dataset.camps.find((c) => c.id === m[1])
          const size = tierSymbol(tierKeyOf(camp?.tier ?? null)).sizePx
          return { id: m[1], left: Number(m[2]), top: Number(m[3]), right: Number(m[2]) + size, bottom: Number(m[3]) + size }
        },
      )
      const labels = [
        ...svg.matchAll(
          /<text data-label-for="([^"]+)" x="([-\d.]+)" y="([-\d.]+)" font-size="(\d+)" text-anchor="(start|end)"[^>]*>([^<]*)<\/text>/g,
        ),
      ].map((m) => {
        const x = Number(m[2])
        const y = Number(m[3])
        const size = Number(m[4])
        const w = textWidth(m[6] ?? '', size)
        const left = m[5] === 'end' ? x - w : x
        return { id: m[1], left, right: left + w, top: y - size * 0.8, bottom: y + size * 0.2 }
      })
      const hit = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5
      for (const label of labels) {
        for (const marker of markers)
          if (marker.id !== label.id) expect(hit(label, marker), `${name}: label of ${label.id} over ${marker.id}`).toBe(false)
        for (const other of labels) if (other !== label) expect(hit(label, other), `${name}: ${label.id} over ${other.id}`).toBe(false)
      }
      expect(labels.length, name).toBeGreaterThan(3)
    }
  })
})
