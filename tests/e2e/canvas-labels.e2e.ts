import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { dumpPage, waitUntil } from './support/browser'
import { mapAtRest } from './support/settle'
import { setUpSyntheticSuite, waitForRenderer } from './support/synthetic-suite'

/**
 * Issue 18: one placement model and one label placer for both painters. On the canvas (above
 * 500 camps, or `renderer=canvas`), as with DOM markers, no town label lies over a drawn camp
 * and a filtered region's name is shown. What the canvas draws is read from its pixels: a town
 * label lies over a camp when opaque pixels of a symbol or a group (not of an uncertainty halo
 * nor of a leader line, which are drawn brown or translucent) are under its box.
 */

const COUNT = 2000
const DATA_PATH = 'canvas-labels/synthetic-2000.geojson'
const { suite } = setUpSyntheticSuite(DATA_PATH, COUNT)

async function drawnAs(page: Page, renderer: 'dom' | 'canvas'): Promise<void> {
  await waitForRenderer(page, renderer)
  await page.waitForLoadState('networkidle')
  await mapAtRest(page)
}

/** The town labels shown, and those whose box covers drawn camps (opaque symbol pixels on the camp canvas, or a DOM marker). */
function townLabelsOverCamps(page: Page): Promise<{ towns: number; over: string[] }> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('[data-label-kind="town"]')]
    const canvas = document.querySelector('canvas.camp-canvas')
    const markers = [...document.querySelectorAll('.leaflet-marker-pane [data-camp-id], .leaflet-marker-pane [data-camp-ids]')].map((m) =>
      m.getBoundingClientRect(),
    )
    const over: string[] = []
    for (const label of labels) {
      const r = label.getBoundingClientRect()
      let hits = 0
      for (const m of markers) if (r.left < m.right && m.left < r.right && r.top < m.bottom && m.top < r.bottom) hits += 10
      if (canvas instanceof HTMLCanvasElement) {
        const box = canvas.getBoundingClientRect()
        const sx = canvas.width / box.width
        const sy = canvas.height / box.height
        const x0 = Math.max(0, Math.floor((r.left - box.left) * sx))
        const y0 = Math.max(0, Math.floor((r.top - box.top) * sy))
        const x1 = Math.min(canvas.width, Math.ceil((r.right - box.left) * sx))
        const y1 = Math.min(canvas.height, Math.ceil((r.bottom - box.top) * sy))
        if (x1 > x0 && y1 > y0) {
          const { data } = canvas.getContext('2d')!.getImageData(x0, y0, x1 - x0, y1 - y0)
          for (let i = 0; i < data.length; i += 4) {
            const [red = 0, green = 0, blue = 0, alpha = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]]
            const halo = Math.abs(red - 107) < 40 && Math.abs(green - 79) < 40 && Math.abs(blue - 42) < 40
            if (alpha >= 250 && !halo) hits += 1
          }
        }
      }
      if (hits >= 3) over.push(label.textContent ?? '')
    }
    return { towns: labels.length, over }
  })
}

describe.each([
  { name: '2,000 synthetic camps on the canvas', path: `?data=${DATA_PATH}#map=7/51.9/114.6`, renderer: 'canvas' as const },
  { name: 'the real camps on the canvas', path: '?renderer=canvas#map=7/51.9/114.6', renderer: 'canvas' as const },
  { name: 'the real camps as DOM markers', path: '#map=7/51.9/114.6', renderer: 'dom' as const },
])('labels with $name', ({ path, renderer }) => {
  it('places no town label over a drawn camp', async () => {
    const { page } = await suite.open(path)
    await drawnAs(page, renderer)
    await waitUntil(page, () => document.querySelectorAll('[data-label-kind="town"]').length > 0, null, 'town labels')
    await mapAtRest(page)
    const { towns, over } = await townLabelsOverCamps(page)
    expect(towns).toBeGreaterThan(0)
    expect(over, await dumpPage(page)).toEqual([])
  })
})

describe.each(['dom', 'canvas'] as const)('the filtered region with %s markers', (renderer) => {
  it("shows the region's name", async () => {
    const { page } = await suite.open(`?region=moscow-oblast&renderer=${renderer}`)
    await drawnAs(page, renderer)
    await waitUntil(page, () => document.querySelectorAll('[data-label-kind="region"]').length === 1, null, "the region's name")
    expect(await page.locator('[data-label-kind="region"]').textContent()).toMatch(/Moscow/)
  })
})
