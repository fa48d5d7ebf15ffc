import { describe, expect, it } from 'vitest'
import { defaultViewState, formatUrlState, parseUrlState } from './url-state'

describe('compare= in the URL: two regions or areas side by side', () => {
  it('reads two slugs and writes them back in the order given', () => {
    const state = parseUrlState('?compare=chita-oblast,khabarovsk-krai', '')
    expect(state.compare).toEqual(['chita-oblast', 'khabarovsk-krai'])
    expect(formatUrlState(state).search).toBe('?compare=chita-oblast,khabarovsk-krai')
    expect(parseUrlState(formatUrlState(state).search, '')).toEqual(state)
  })

  it('keeps an area beside a region, and the other parameters beside it', () => {
    const state = parseUrlState('?region=chita-oblast&compare=central-asia,chita-oblast&lang=ja', '')
    expect(state.compare).toEqual(['central-asia', 'chita-oblast'])
    expect(state.region).toBe('chita-oblast')
    expect(state.lang).toBe('ja')
  })

  it.each([
    ['one place', '?compare=chita-oblast'],
    ['three places', '?compare=a,b,c'],
    ['the same place twice', '?compare=chita-oblast,chita-oblast'],
    ['a bad slug', '?compare=chita-oblast,<script>'],
    ['an empty member', '?compare=chita-oblast,'],
    ['an oversized value', `?compare=${'a'.repeat(150)},${'b'.repeat(60)}`],
  ])('falls back to no comparison for %s', (_what, search) => {
    expect(parseUrlState(search, '').compare).toEqual([])
  })

  it('writes nothing when there is no comparison', () => {
    expect(formatUrlState(defaultViewState).search).toBe('')
  })
})
