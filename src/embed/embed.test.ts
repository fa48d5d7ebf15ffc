import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { defaultViewState, parseUrlState, type ViewState } from '../url/url-state'
import {
  DEFAULT_HEIGHT_PX,
  MAX_HEIGHT_PX,
  MIN_HEIGHT_PX,
  clampHeightPx,
  defaultEmbedOptions,
  formatEmbedParams,
  joinSearch,
  parseEmbedOptions,
  type EmbedOptions,
} from '../url/embed-options'
import { embedHref, fullMapHref } from '../url/embed-links'
import { embedRedirectUrl } from '../url/embed-redirect'
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH, plainText } from '../url/plain-text'
import { panAboveSheet } from './embed-layout'
import { RESIZE_TYPE, createResizeMessage, isHeightRequest, readResizeMessage } from '../url/resize-message'

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    expect(parseEmbedOptions('?sidebar=0&legend=0&height=380&interactive=0&id=story-map_1')).toEqual({
      sidebar: false,
      legend: false,
      heightPx: 380,
      interactive: false,
      id: 'story-map_1',
      title: null,
      caption: null,
    })
  })

  it('reads the title and caption as short plain text, in any language', () => {
    const o = parseEmbedOptions(
      `?title=${encodeURIComponent('チタ州の収容所 <b>1946</b>')}&caption=${encodeURIComponent('Line one\nline\u0000two   ')}`,
    )
    expect(o.title).toBe('チタ州の収容所 <b>1946</b>')
    expect(o.caption).toBe('Line one line two')
    expect(parseEmbedOptions(`?title=${'x'.repeat(500)}`).title).toHaveLength(120)
    expect(parseEmbedOptions(`?caption=${'y'.repeat(500)}`).caption).toHaveLength(300)
    expect(parseEmbedOptions('?title=%20%20&caption=').title).toBeNull()
    expect(formatEmbedParams({ ...defaultEmbedOptions, title: 'A & B', caption: null })).toBe('title=A+%26+B')
  })

  it('gives the defaults for no or unknown parameters, next to the shared state', () => {
    expect(parseEmbedOptions('')).toEqual(defaultEmbedOptions)
    expect(parseEmbedOptions('?camp=taishet&region=chita-oblast&foo=1')).toEqual(defaultEmbedOptions)
  })

  it('clamps the height and ignores malformed ones', () => {
    expect(parseEmbedOptions('?height=10').heightPx).toBe(MIN_HEIGHT_PX)
    expect(parseEmbedOptions('?height=99999').heightPx).toBe(MAX_HEIGHT_PX)
    expect(parseEmbedOptions('?height=640px').heightPx).toBe(640)
    for (const bad of ['-5', '4e3', 'abc', '', '12.5', '1234567', 'NaN'])
      expect(parseEmbedOptions(`?height=${encodeURIComponent(bad)}`).heightPx).toBe(DEFAULT_HEIGHT_PX)
    expect(clampHeightPx(Number.NaN)).toBe(DEFAULT_HEIGHT_PX)
    expect(clampHeightPx(Number.POSITIVE_INFINITY)).toBe(DEFAULT_HEIGHT_PX)
  })

  it('accepts only 0/1/true/false for flags and a short plain id', () => {
    expect(parseEmbedOptions('?sidebar=no&legend=yes').sidebar).toBe(true)
    expect(parseEmbedOptions('?legend=false').legend).toBe(false)
    expect(parseEmbedOptions('?id=%3Cscript%3E').id).toBeNull()
    expect(parseEmbedOptions(`?id=${'a'.repeat(65)}`).id).toBeNull()
  })

  it('is total: any search gives options within range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const options = parseEmbedOptions(search)
        expect(options.heightPx).toBeGreaterThanOrEqual(MIN_HEIGHT_PX)
        expect(options.heightPx).toBeLessThanOrEqual(MAX_HEIGHT_PX)
        expect(Number.isInteger(options.heightPx)).toBe(true)
      }),
    )
  })

  it('reads back what formatEmbedParams writes', () => {
    const options: fc.Arbitrary<EmbedOptions> = fc.record({
      sidebar: fc.boolean(),
      legend: fc.boolean(),
      heightPx: fc.integer({ min: MIN_HEIGHT_PX, max: MAX_HEIGHT_PX }),
      interactive: fc.boolean(),
      id: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: null }),
      title: fc.string({ maxLength: 130 }).map((t) => plainText(t, MAX_TITLE_LENGTH)),
      caption: fc.string({ maxLength: 320 }).map((t) => plainText(t, MAX_CAPTION_LENGTH)),
    })
    fc.assert(
      fc.property(options, (o) => {
        expect(parseEmbedOptions(`?${formatEmbedParams(o)}`)).toEqual(o)
      }),
    )
    expect(formatEmbedParams(defaultEmbedOptions)).toBe('')
  })
})

describe('embed links', () => {
  const state: ViewState = { ...defaultViewState, region: 'chita-oblast', tiers: ['1', '2'], view: { zoom: 5, lat: 52.03, lon: 113.5 } }

  it('redirects ?embed=1 to embed.html in the same folder, keeping the rest and the hash', () => {
    expect(embedRedirectUrl('https://x.org/map/?embed=1&camp=taishet#map=6/56/98')).toBe(
      'https://x.org/map/embed.html?camp=taishet#map=6/56/98',
    )
    expect(embedRedirectUrl('https://x.org/map/index.html?region=chita-oblast&embed=1&sidebar=0')).toBe(
      'https://x.org/map/embed.html?region=chita-oblast&sidebar=0',
    )
    expect(embedRedirectUrl('https://x.org/map/?embed=0')).toBeNull()
    expect(embedRedirectUrl('https://x.org/map/')).toBeNull()
    expect(embedRedirectUrl('not a url')).toBeNull()
  })

  it('opens the full map with the state and without the embed options', () => {
    const href = fullMapHref(state, 'https://x.org/map/embed.html?region=chita-oblast&sidebar=0#map=4/50/100')
    expect(href).toBe('https://x.org/map/index.html?region=chita-oblast&tier=1,2#map=5/52.03/113.50')
    const url = new URL(href)
    expect(parseUrlState(url.search, url.hash)).toEqual(state)
  })

  it('writes the embed URL with state, options and hash', () => {
    const href = embedHref(state, { ...defaultEmbedOptions, sidebar: false, heightPx: 420 }, 'https://x.org/map/index.html?x=1')
    expect(href).toBe('https://x.org/map/embed.html?region=chita-oblast&tier=1,2&sidebar=0&height=420#map=5/52.03/113.50')
    expect(joinSearch('', 'a=1')).toBe('?a=1')
    expect(joinSearch('?b=2', '')).toBe('?b=2')
  })
})

describe('resize messages', () => {
  it('creates clamped whole-pixel messages', () => {
    expect(createResizeMessage(540.2, 'a')).toEqual({ type: RESIZE_TYPE, height: 541, id: 'a' })
    expect(createResizeMessage(1e9, null).height).toBe(5000)
    expect(createResizeMessage(-3, null).height).toBe(50)
    // The floor the embed knows from its URL: never a height below it.
    expect(createResizeMessage(120, 'a', 540)).toEqual({ type: RESIZE_TYPE, height: 540, id: 'a', minHeight: 540 })
    expect(readResizeMessage({ type: RESIZE_TYPE, height: 120, id: null, minHeight: 540 })?.height).toBe(540)
    expect(readResizeMessage({ type: RESIZE_TYPE, height: 700, id: null, minHeight: 'x' })).toEqual({
      type: RESIZE_TYPE,
      height: 700,
      id: null,
    })
  })

  it('accepts only the documented shape', () => {
    expect(readResizeMessage({ type: RESIZE_TYPE, height: 600, id: 'x' })).toEqual({ type: RESIZE_TYPE, height: 600, id: 'x' })
    expect(readResizeMessage({ type: RESIZE_TYPE, height: 99999 })?.height).toBe(5000)
    for (const bad of [
      null,
      'x',
      [],
      { type: 'other', height: 5 },
      { type: RESIZE_TYPE, height: '600' },
      { type: RESIZE_TYPE, height: Number.NaN },
      { type: RESIZE_TYPE },
    ])
      expect(readResizeMessage(bad)).toBeNull()
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const message = readResizeMessage(data)
        if (message !== null) expect(message.height).toBeGreaterThanOrEqual(50)
      }),
    )
    expect(isHeightRequest({ type: 'japanese-camps-map:request-height' })).toBe(true)
    expect(isHeightRequest(null)).toBe(false)
  })
})

describe('embed layout', () => {
  it('pans a marker hidden by the bottom sheet into the middle of the map above it', () => {
    expect(panAboveSheet(400, 250)).toBe(275)
    expect(panAboveSheet(100, 250)).toBe(0)
    expect(panAboveSheet(240, 250)).toBe(115)
    expect(panAboveSheet(-30, 250)).toBe(-155)
    expect(panAboveSheet(400, 40)).toBe(0)
    expect(panAboveSheet(Number.NaN, 250)).toBe(0)
  })
})
