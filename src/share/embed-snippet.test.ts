import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { defaultEmbedOptions } from '../url/embed-options'
import { defaultViewState, type ViewState } from '../url/url-state'
import { DEFAULT_COLUMN_PX, buildEmbedSnippet, clampColumnPx, escapeAttribute, frameHeightPx, snippetHeightPx } from './embed-snippet'

const state: ViewState = { ...defaultViewState, region: 'chita-oblast', q: 'a"b<c>&\'d', view: { zoom: 5, lat: 52, lon: 113 } }

function attributesOf(snippet: string): Map<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>/.exec(snippet)?.[1] ?? ''
  const out = new Map<string, string>()
  for (const m of tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) out.set(m[1] ?? '', m[2] ?? '')
  return out
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('buildEmbedSnippet', () => {
  const snippet = buildEmbedSnippet({
    state,
    options: { ...defaultEmbedOptions, sidebar: false, heightPx: 420 },
    pageHref: 'https://example.org/camp-map/index.html?region=chita-oblast',
    title: 'Camps "in" <Chita> & more',
    ariaLabel: 'Map',
  })

  it('writes an accessible, lazy, full-width iframe marked for the host script, then the script line', () => {
    const attrs = attributesOf(snippet)
    expect(attrs.get('title')).toBe('Camps &quot;in&quot; &lt;Chita&gt; &amp; more')
    expect(attrs.get('aria-label')).toBe('Map')
    expect(attrs.get('width')).toBe('100%')
    expect(attrs.get('height')).toBe(String(420 + 40))
    expect(attrs.get('loading')).toBe('lazy')
    expect(attrs.has('data-camp-map')).toBe(true)
    expect(snippet.split('\n')[1]).toBe('<script src="https://example.org/camp-map/embed.js" defer></script>')
  })

  it('points at embed.html with the state, the options and the view', () => {
    const src = new URL(unescape(attributesOf(snippet).get('src') ?? ''))
    expect(src.pathname).toBe('/camp-map/embed.html')
    expect(src.searchParams.get('region')).toBe('chita-oblast')
    expect(src.searchParams.get('q')).toBe('a"b<c>&\'d')
    expect(src.searchParams.get('sidebar')).toBe('0')
    expect(src.searchParams.get('height')).toBe('420')
    expect(src.hash).toBe('#map=5/52.00/113.00')
  })

  it('never lets a value break out of its attribute', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, q) => {
        const out = buildEmbedSnippet({
          state: { ...state, q },
          options: defaultEmbedOptions,
          pageHref: 'https://x.org/',
          title,
          ariaLabel: title,
        })
        const tag = out.split('\n')[0] ?? ''
        // Exactly the quotes the attributes themselves open and close, and one tag.
        expect(tag.match(/"/g)?.length).toBe(16)
        expect(tag.indexOf('>')).toBe(tag.length - '></iframe>'.length)
        expect(unescape(attributesOf(out).get('title') ?? '')).toBe(title)
      }),
    )
    expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
    expect(snippetHeightPx({ ...defaultEmbedOptions, heightPx: 99999 })).toBe(2040)
  })
})

describe('the frame height for a page without the host script', () => {
  const credit =
    'Data: Camps of Japanese prisoners and internees in the Soviet Union and Mongolia after 1945, version 1.1.0, 2026-11-27 · Basemap: Natural Earth; water: GSHHG; towns: GeoNames'
  const base = { ...defaultEmbedOptions }
  const titled = {
    ...base,
    title: 'Japanese prisoners in Khabarovsk Krai, 1945–1956',
    caption: 'Each marker is a camp or camp district. '.repeat(3).trim(),
  }

  it('is the map and bar plus the credit with no title or caption, and grows with them', () => {
    const bare = frameHeightPx(base, 700, credit)
    expect(bare).toBeGreaterThan(snippetHeightPx(base))
    expect(bare).toBeLessThan(snippetHeightPx(base) + 60)
    expect(frameHeightPx(titled, 700, credit)).toBeGreaterThan(bare + 40)
  })

  it('is taller in a narrower column (more lines), never shorter', () => {
    const widths = [280, 350, 600, 700, 1000, 1600]
    const heights = widths.map((w) => frameHeightPx(titled, w, credit))
    heights.forEach((h, i) => expect(h).toBeLessThanOrEqual(heights[i - 1] ?? Infinity))
    expect(heights[0]).toBeGreaterThan(heights[heights.length - 1] ?? 0)
  })

  it('counts Japanese text as full-width', () => {
    const ja = { ...base, title: '日本人抑留者の収容所（ハバロフスク地方、1945〜1956年）'.repeat(2) }
    const en = { ...base, title: 'x'.repeat(Array.from(ja.title ?? '').length) }
    expect(frameHeightPx(ja, 350, credit)).toBeGreaterThan(frameHeightPx(en, 350, credit))
  })

  it('clamps the column width, and the snippet never writes less than map and bar', () => {
    expect(clampColumnPx(Number.NaN)).toBe(DEFAULT_COLUMN_PX)
    expect(clampColumnPx(10)).toBe(280)
    expect(clampColumnPx(99999)).toBe(1600)
    const at = (heightPx?: number) =>
      /height="(\d+)"/.exec(
        buildEmbedSnippet({ state, options: base, pageHref: 'https://x.org/', title: 'T', ariaLabel: 'T', heightPx }),
      )?.[1]
    expect(at(700)).toBe('700')
    expect(at(100)).toBe(String(snippetHeightPx(base)))
    expect(at()).toBe(String(snippetHeightPx(base)))
  })
})
