import { describe, expect, it } from 'vitest'
import { defaultViewState, formatUrlState, parseUrlState } from './url-state'

describe('the burial layer and the open site in the URL', () => {
  it('reads layers=burials and site=, and writes them back in canonical order', () => {
    const state = parseUrlState('?layers=burials&site=bukachacha-mine-2', '')
    expect(state.layers).toEqual(['burials'])
    expect(state.site).toBe('bukachacha-mine-2')
    expect(formatUrlState(state).search).toBe('?layers=burials&site=bukachacha-mine-2')
    expect(parseUrlState(formatUrlState(state).search, '')).toEqual(state)
  })

  it('ignores unknown layers and bad site ids, falling back to the default view', () => {
    expect(parseUrlState('?layers=graves,<script>', '').layers).toEqual([])
    expect(parseUrlState('?layers=foo,burials', '').layers).toEqual(['burials'])
    expect(parseUrlState('?site=Bad%20Id', '').site).toBeNull()
    expect(formatUrlState(defaultViewState).search).toBe('')
  })

  it('turns the layer on with a site (site= alone), and not with a bad site id', () => {
    const state = parseUrlState('?site=irkutsk-radishchev-cemetery', '')
    expect(state.layers).toEqual(['burials'])
    expect(formatUrlState(state).search).toBe('?layers=burials&site=irkutsk-radishchev-cemetery')
    expect(parseUrlState('?site=Bad%20Id', '').layers).toEqual([])
  })
})
