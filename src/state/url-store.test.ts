// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { closeCamp, openCamp, reportView, setFilters, setLang } from './url-actions'
import { selectFilters, shallowEqual } from './selectors'
import { configureUrlStore, currentHref, flushUrlWrites, getUrlState, subscribeToUrl, writeUrlState } from './url-store'

beforeEach(() => {
  flushUrlWrites()
  configureUrlStore({ replaceOnly: false, keepSearch: '' })
  window.history.replaceState(null, '', '/')
})
afterEach(() => vi.restoreAllMocks())

describe('the URL store', () => {
  it('parses the URL once: the same state object until the URL changes', () => {
    window.history.replaceState(null, '', '/?region=chita-oblast#map=6/52/114')
    const a = getUrlState()
    expect(getUrlState()).toBe(a)
    expect(a.region).toBe('chita-oblast')
    window.history.replaceState(null, '', '/?region=chita-oblast#map=7/52/114')
    expect(getUrlState()).not.toBe(a)
    expect(getUrlState().view?.zoom).toBe(7)
  })

  it('adds a history entry for a reader action and replaces it for a map move', () => {
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    setFilters({ region: 'chita-oblast' })
    flushUrlWrites()
    expect(push).toHaveBeenCalledTimes(1)
    reportView({ zoom: 5, lat: 50, lon: 100 })
    flushUrlWrites()
    expect(replace).toHaveBeenCalledTimes(1)
    expect(window.location.search).toBe('?region=chita-oblast')
    expect(window.location.hash).toBe('#map=5/50.00/100.00')
  })

  it('writes nothing when the state is unchanged', () => {
    setLang('ja')
    flushUrlWrites()
    const entries = window.history.length
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    setLang('ja')
    // The write would wait for the next paint: flush it, so that a write that should not
    // happen is seen.
    flushUrlWrites()
    expect(push).not.toHaveBeenCalled()
    expect(replace).not.toHaveBeenCalled()
    expect(window.history.length).toBe(entries)
  })

  it('keeps the state in memory when the History API is refused (sandboxed frames)', () => {
    vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError')
    })
    setFilters({ area: 'mongolia' })
    flushUrlWrites()
    expect(window.location.search).toBe('')
    expect(getUrlState().area).toBe('mongolia')
  })

  it('in an embed, only replaces and keeps the embed parameters after the state', () => {
    configureUrlStore({ replaceOnly: true, keepSearch: 'sidebar=1&height=400' })
    const push = vi.spyOn(window.history, 'pushState')
    setFilters({ region: 'chita-oblast' })
    flushUrlWrites()
    expect(push).not.toHaveBeenCalled()
    expect(window.location.search).toBe('?region=chita-oblast&sidebar=1&height=400')
  })

  it('shows a write at once and gives it to the History API later (after the next paint; e2e: app.e2e.ts)', () => {
    const push = vi.spyOn(window.history, 'pushState')
    const notified = vi.fn()
    const unsubscribe = subscribeToUrl(notified)
    setFilters({ region: 'chita-oblast' })
    expect(notified).toHaveBeenCalledTimes(1)
    expect(getUrlState().region).toBe('chita-oblast')
    expect(currentHref()).toBe(`${window.location.origin}/?region=chita-oblast`)
    expect(push).not.toHaveBeenCalled()
    expect(window.location.search).toBe('')
    flushUrlWrites()
    expect(push).toHaveBeenCalledTimes(1)
    expect(window.location.search).toBe('?region=chita-oblast')
    expect(getUrlState().region).toBe('chita-oblast')
    unsubscribe()
  })

  it('joins the writes of one frame: a filter and the fit that follows it make one history entry', () => {
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    setFilters({ region: 'chita-oblast' })
    reportView({ zoom: 5, lat: 50, lon: 100 })
    flushUrlWrites()
    expect(push).toHaveBeenCalledTimes(1)
    expect(replace).not.toHaveBeenCalled()
    expect(`${window.location.search}${window.location.hash}`).toBe('?region=chita-oblast#map=5/50.00/100.00')
  })

  it('drops a write still waiting when the reader goes Back', () => {
    const push = vi.spyOn(window.history, 'pushState')
    const unsubscribe = subscribeToUrl(() => {})
    setFilters({ region: 'chita-oblast' })
    window.dispatchEvent(new PopStateEvent('popstate'))
    flushUrlWrites()
    expect(push).not.toHaveBeenCalled()
    expect(getUrlState().region).toBeNull()
    unsubscribe()
  })
})

describe('the URL actions', () => {
  it('new filters drop the view so the map refits', () => {
    reportView({ zoom: 6, lat: 52, lon: 114 })
    setFilters({ q: 'chita' })
    expect(getUrlState().view).toBeNull()
    expect(getUrlState().q).toBe('chita')
  })

  it('opening a camp centres it at zoom 6 or closer; closing returns to the view given', () => {
    reportView({ zoom: 3, lat: 50, lon: 90 })
    const before = getUrlState().view
    openCamp('taishet', [98.003, 55.94])
    expect(getUrlState().camp).toBe('taishet')
    expect(getUrlState().view).toMatchObject({ zoom: 6 })
    reportView({ zoom: 8, lat: 55.9, lon: 98 })
    openCamp('chita', [113.5, 52.03])
    expect(getUrlState().view?.zoom).toBe(8)
    closeCamp(before)
    expect(getUrlState().camp).toBeNull()
    expect(getUrlState().view).toEqual(before)
  })

  it('writes only through the store: a bad value written is read back as the default', () => {
    writeUrlState({ ...getUrlState(), region: 'Not A Slug!' })
    expect(getUrlState().region).toBeNull()
  })
})

describe('selectors', () => {
  beforeEach(flushUrlWrites)

  it('filters are equal across a pan, and differ when a tier changes', () => {
    window.history.replaceState(null, '', '/?tier=1,2#map=5/50/100')
    const a = selectFilters(getUrlState())
    window.history.replaceState(null, '', '/?tier=1,2#map=6/51/101')
    const b = selectFilters(getUrlState())
    expect(a).not.toBe(b)
    expect(shallowEqual(a, b)).toBe(true)
    window.history.replaceState(null, '', '/?tier=1#map=6/51/101')
    expect(shallowEqual(a, selectFilters(getUrlState()))).toBe(false)
  })
})
