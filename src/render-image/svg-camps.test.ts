import { describe, expect, it } from 'vitest'
import { loadImageData, loadImageLayers } from '../../scripts/lib/image-data'
import { placeMarkers } from '../symbols/placement/place-markers'
import { tierSymbol } from '../symbols/tier-symbol'
import { groupSizePx } from '../symbols/group-symbol'
import { parseUrlState } from '../url/url-state'
import { makeProjection } from './projection'
import { CREDIT_SIZE, MARGIN } from './svg-style'
import { wrapText } from './svg-text'
import { renderSvg, sceneFromState } from './index'

/**
 * The image places camps with the map's own placement model: for a given view and size,
 * the markers the SVG draws (singles at their drawn positions, groups with their members)
 * are exactly what `placeMarkers` gives for the same projection, box size and view.
 */

const data = loadImageData(null)
const layers = loadImageLayers()

type Drawn = { singles: Map<string, { x: number; y: number }>; groups: Map<string, { x: number; y: number }> }

function drawnMarkers(svg: string): Drawn {
  const singles = new Map<string, { x: number; y: number }>()
  const groups = new Map<string, { x: number; y: number }>()
  for (const m of svg.matchAll(
    /<g class="camp" data-camp-id="([^"]*)" data-tier="([^"]*)" transform="translate\(([-\d.]+) ([-\d.]+)\)"/g,
  )) {
    const half = tierSymbol(m[2] as Parameters<typeof tierSymbol>[0]).sizePx / 2
    singles.set(m[1] ?? '', { x: Number(m[3]) + half, y: Number(m[4]) + half })
  }
  for (const m of svg.matchAll(
    /<g class="camp-group" data-camp-ids="([^"]*)" data-tiers="([^"]*)" transform="translate\(([-\d.]+) ([-\d.]+)\)"/g,
  )) {
    const half = groupSizePx((m[2] ?? '').split(' ') as Parameters<typeof groupSizePx>[0]) / 2
    groups.set(m[1] ?? '', { x: Number(m[3]) + half, y: Number(m[4]) + half })
  }
  return { singles, groups }
}

describe.each([
  { name: 'the whole map at 1200×630', query: '#map=3/55/95', width: 1200, height: 630, lang: 'en' },
  { name: 'the Far East at 1000×800, Japanese', query: 'lang=ja#map=4.5/48/135', width: 1000, height: 800, lang: 'ja' },
  { name: 'a camp open at 800×600', query: 'camp=taishet#map=5/54/100', width: 800, height: 600, lang: 'en' },
])('the image placement of $name', ({ query, width, height }) => {
  it("equals the placement model's for the same projection and size", () => {
    const [search, hash = ''] = query.split('#')
    const state = parseUrlState(`?${search ?? ''}`, hash === '' ? '' : `#${hash}`)
    const scene = { ...sceneFromState(state, data, layers, { width, height }), title: null, subtitle: null, caption: null, legend: null }
    const svg = renderSvg(scene)
    if (scene.view.kind !== 'view') throw new Error('expected a view of the address')
    // The renderer's map frame without title, caption or key: the credit's lines below.
    const creditLines = wrapText(scene.credit, CREDIT_SIZE, width - 2 * MARGIN, 2)
    const footerH = 10 + creditLines.length * CREDIT_SIZE * 1.35 + 10
    const map = { x: 0, y: 0, width, height: height - footerH }
    const { project } = makeProjection(scene.view, map, { top: 40, right: 40, bottom: 40, left: 40 })
    const points = scene.camps
      .map((camp) => {
        const [x, y] = project(camp.lngLat[0], camp.lngLat[1])
        return { id: camp.id, x, y, tier: camp.tier, order: camp.number }
      })
      .filter((p) => p.x >= -30 && p.x <= width + 30 && p.y >= -30 && p.y <= map.height + 30)
    const model = placeMarkers(points, {
      separationPx: 28,
      selectedId: scene.selectedId,
      obstacles: [],
      view: { left: 2, top: 2, right: width - 2, bottom: map.height - 2 },
    })
    const drawn = drawnMarkers(svg)
    const singles = model.flatMap((m) => (m.kind === 'single' ? [m] : []))
    const groups = model.flatMap((m) => (m.kind === 'group' ? [m] : []))
    expect(singles.length).toBeGreaterThan(3)
    expect([...drawn.singles.keys()].sort()).toEqual(singles.map((m) => m.id).sort())
    expect([...drawn.groups.keys()].sort()).toEqual(groups.map((m) => m.ids.join(' ')).sort())
    for (const m of singles) {
      const d = drawn.singles.get(m.id)
      expect(d?.x, m.id).toBeCloseTo(m.x, 0)
      expect(d?.y, m.id).toBeCloseTo(m.y, 0)
      // A displaced marker has its leader line from the camp's true position.
      expect(svg.includes(`<line class="leader" data-camp-id="${m.id}"`), `${m.id} leader`).toBe(m.displaced)
    }
    for (const g of groups) {
      const d = drawn.groups.get(g.ids.join(' '))
      expect(d?.x).toBeCloseTo(g.x, 0)
      expect(d?.y).toBeCloseTo(g.y, 0)
      expect(g.tiers).not.toContain('1')
      expect(g.tiers).not.toContain('2')
    }
  })
})
