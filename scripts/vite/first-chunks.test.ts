import { describe, expect, it } from 'vitest'
import { firstChunkName, staticReach } from './first-chunks'

// main.html → app → (shared, lazy-only is not a static import), embed.html → embed → shared → leaf
const graph = {
  getModuleInfo(id: string) {
    const edges: Record<string, string[]> = {
      'main.html': ['app'],
      app: ['shared', 'main-only'],
      'embed.html': ['embed'],
      embed: ['shared'],
      shared: ['leaf', 'app'],
      'main-only': [],
      leaf: [],
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
    expect(reach.get('app')).toBe(3) // shared imports app back
    expect(reach.get('embed')).toBe(2)
    expect(reach.get('main.html')).toBe(1)
    expect(reach.has('lazy')).toBe(false)
  })

  it('names the chunk by the pages that load the module at once, and leaves lazy modules alone', () => {
    const name = firstChunkName('main.html', 'embed.html')
    expect(name('shared', graph)).toBe('first')
    expect(name('main.html', graph)).toBe('first-main')
    expect(name('embed', graph)).toBe('first-embed')
    expect(name('lazy', graph)).toBeNull()
  })
})
