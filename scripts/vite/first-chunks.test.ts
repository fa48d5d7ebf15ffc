import { describe, expect, it } from 'vitest'
import { firstChunkName, staticReach } from './first-chunks'

// main.html → app → shared, main-only; embed.html → embed → shared → leaf → shared (a cycle); lazy is imported by no one
const graph = {
  getModuleInfo(id: string) {
    const edges: Record<string, string[]> = {
      'main.html': ['app'],
      app: ['shared', 'main-only'],
      'embed.html': ['embed'],
      embed: ['shared'],
      shared: ['leaf'],
      'main-only': [],
      leaf: ['shared'],
      lazy: ['leaf'],
    }
    const importedIds = edges[id]
    return importedIds === undefined ? null : { importedIds }
  },
}

describe('first chunks', () => {
  it('marks each module with the entries that import it statically, cycles included', () => {
    const reach = staticReach(['main.html', 'embed.html'], graph)
    expect(reach.get('leaf')).toBe(3)
    expect(reach.get('app')).toBe(1)
    expect(reach.get('shared')).toBe(3) // leaf imports shared back
    expect(reach.get('embed')).toBe(2)
    expect(reach.get('main.html')).toBe(1)
    expect(reach.has('lazy')).toBe(false)
  })

  it('groups only what both pages load at once; a module of one page stays out (it may be lazy in the other)', () => {
    const name = firstChunkName('main.html', 'embed.html')
    expect(name('shared', graph)).toBe('first')
    expect(name('leaf', graph)).toBe('first')
    expect(name('main.html', graph)).toBeNull()
    expect(name('main-only', graph)).toBeNull()
    expect(name('embed', graph)).toBeNull()
    expect(name('lazy', graph)).toBeNull()
  })
})
