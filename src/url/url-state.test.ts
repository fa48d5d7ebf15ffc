import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { defaultViewState, formatUrlState, parseUrlState, type ViewState } from './url-state'
import { isSameView } from './map-hash'
import { MAX_ZOOM, MIN_ZOOM } from './map-policy'

describe('parseUrlState', () => {
  it('reads every parameter and the #map hash', () => {
    const state = parseUrlState(
      '?camp=taishet,raychikha&region=irkutsk-oblast&tier=2,1&q=%E3%82%BF%E3%82%A4&bam=1&lang=ja',
      '#map=6/52.3/104.3',
    )
    expect(state).toEqual({
      camp: 'taishet',
      linked: ['raychikha'],
      region: 'irkutsk-oblast',
      area: null,
      tiers: ['1', '2'],
      q: 'タイ',
      bam: true,
      lang: 'ja',
      data: null,
      view: { zoom: 6, lat: 52.3, lon: 104.3 },
      panel: null,
      layers: [],
      site: null,
      compare: [],
    })
  })

  it('reads several camps from camp=a,b: the first open, the others linked; bad ids dropped, each once', () => {
    expect(parseUrlState('?camp=raychikha,taishet', '')).toMatchObject({ camp: 'raychikha', linked: ['taishet'] })
    expect(parseUrlState('?camp=Bad!,taishet,taishet,,raychikha', '')).toMatchObject({ camp: 'taishet', linked: ['raychikha'] })
    expect(parseUrlState('?camp=,', '')).toMatchObject({ camp: null, linked: [] })
    const { search } = formatUrlState({ ...defaultViewState, camp: 'raychikha', linked: ['taishet'], bam: true })
    expect(search).toBe('?camp=raychikha,taishet&bam=1')
  })

  it('reads bam=1 and nothing else as the BAM filter', () => {
    expect(parseUrlState('?bam=1', '').bam).toBe(true)
    for (const other of ['?bam=0', '?bam=true', '?bam=', '']) expect(parseUrlState(other, '').bam).toBe(false)
  })

  it('reads the history panel from panel=history or history=1, and nothing else', () => {
    expect(parseUrlState('?panel=history', '').panel).toBe('history')
    expect(parseUrlState('?history=1', '').panel).toBe('history')
    for (const bad of ['?panel=History', '?panel=sources', '?history=0', '?history=yes', '?panel=', '?panel=x&history=1'])
      expect(parseUrlState(bad, '').panel).toBeNull()
  })

  it('accepts only a same-origin relative GeoJSON path for data=', () => {
    expect(parseUrlState('?data=bench/synthetic-1000.geojson', '').data).toBe('bench/synthetic-1000.geojson')
    for (const bad of [
      'https://evil.example/x.geojson',
      '//evil.example/x.geojson',
      '/etc/x.json',
      '../x.geojson',
      'a/../../x.json',
      'javascript:alert(1)//.json',
      'x.html',
      'a//b.json',
      '%2e%2e/x.json',
    ])
      expect(parseUrlState(`?data=${encodeURIComponent(bad)}`, '').data).toBeNull()
  })

  it('keeps area only when no region is given', () => {
    expect(parseUrlState('?area=mongolia', '').area).toBe('mongolia')
    expect(parseUrlState('?area=mongolia&region=chita-oblast', '').area).toBeNull()
    expect(parseUrlState('?area=atlantis', '').area).toBeNull()
  })

  it.each([
    ['?tier=9,x', '', 'tiers'],
    ['?tier=1,2,3,4,unknown', '', 'tiers'],
    ['?camp=<script>alert(1)</script>', '', 'camp'],
    ['?region=Irkutsk%20Oblast', '', 'region'],
    ['?lang=fr', '', 'lang'],
    ['?q=' + 'x'.repeat(101), '', 'q'],
    ['', '#map=abc', 'view'],
    ['', '#map=40/52/104', 'view'],
    ['', '#map=5/95/104', 'view'],
    ['?panel=%3Cscript%3E', '', 'panel'],
    ['?history=true', '', 'panel'],
  ] as const)('falls back to the default for %s %s', (search, hash, key) => {
    expect(parseUrlState(search, hash)[key]).toEqual(defaultViewState[key])
  })

  it('never throws and always returns a well-formed state', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 120 }), (search, hash) => {
        const state = parseUrlState(search, hash)
        expect(Object.keys(state).sort()).toEqual(Object.keys(defaultViewState).sort())
        if (state.tiers !== null) expect(state.tiers.length).toBeGreaterThan(0)
      }),
    )
  })
})

const stateArbitrary: fc.Arbitrary<ViewState> = fc
  .record({
    search: fc.record({
      camp: fc.option(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { nil: undefined }),
      region: fc.option(fc.constantFrom('irkutsk-oblast', 'primorsky-krai'), { nil: undefined }),
      area: fc.option(fc.constantFrom('far-east', 'mongolia', 'nowhere'), { nil: undefined }),
      tier: fc.option(
        fc.subarray(['1', '2', '3', '4', 'unknown']).map((t) => t.join(',')),
        { nil: undefined },
      ),
      q: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      lang: fc.option(fc.constantFrom('en', 'ja', 'de'), { nil: undefined }),
      data: fc.option(fc.constantFrom('bench/a-1.geojson', 'x.json', 'http://x/y.json'), { nil: undefined }),
      panel: fc.option(fc.constantFrom('history', 'other', ''), { nil: undefined }),
      history: fc.option(fc.constantFrom('1', '0', 'x'), { nil: undefined }),
    }),
    view: fc.option(
      fc.record({
        zoom: fc.integer({ min: MIN_ZOOM, max: MAX_ZOOM }),
        lat: fc.double({ min: -80, max: 80, noNaN: true }),
        lon: fc.double({ min: -179, max: 179, noNaN: true }),
      }),
      { nil: null },
    ),
  })
  .map(({ search, view }) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(search)) if (value !== undefined) params.set(key, value)
    return { ...parseUrlState(`?${params.toString()}`, ''), view }
  })

describe('formatUrlState', () => {
  it('writes the canonical order', () => {
    const { search, hash } = formatUrlState({
      ...defaultViewState,
      lang: 'en',
      tiers: ['1', '2'],
      camp: 'taishet',
      view: { zoom: 4, lat: 55.123456, lon: 98.1 },
    })
    expect(search).toBe('?camp=taishet&tier=1,2&lang=en')
    expect(hash).toBe('#map=4/55.12/98.10')
  })

  it('round-trips: parse(format(s)) is s (the view to its written precision)', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const { search, hash } = formatUrlState(state)
        const back = parseUrlState(search, hash)
        expect({ ...back, view: null }).toEqual({ ...state, view: null })
        if (state.view === null) expect(back.view).toBeNull()
        else expect(back.view !== null && isSameView(back.view, state.view)).toBe(true)
      }),
    )
  })
})
