import type { Frame, Page } from 'playwright-core'

/**
 * Waits on the map instead of a fixed time. Page-side code is anonymous arrows only:
 * tsx (esbuild keepNames, `npm run screenshots`) wraps named functions, even a named
 * const arrow, in a `__name` helper the page does not have.
 */

/** Resolves once the target has painted two more frames (nested requestAnimationFrame). */
export async function nextFrames(target: Page | Frame): Promise<void> {
  await target.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
}

/**
 * The page's address once the app has written its state: the app writes the URL after
 * the next paint when the browser is idle (`idleAfterNextPaint`), so this waits for a frame
 * and then an idle callback, which runs after any the app asked for before it.
 */
export async function writtenUrl(target: Page | Frame): Promise<URL> {
  const href = await target.evaluate(
    () => new Promise<string>((done) => requestAnimationFrame(() => requestIdleCallback(() => done(location.href), { timeout: 5_000 }))),
  )
  return new URL(href)
}

/** Animation frames in a row over which the map must not change to count as at rest. */
const QUIET_FRAMES = 4

type RestState = { last: string; same: number }
type WithRestState = { __e2eMapRest?: RestState }

/**
 * Waits until the map is at rest: no Leaflet zoom or pan animation on its pane, and its
 * view (`#map=`, the pane's offset, where the first camp marker or canvas is drawn) and
 * what it draws (how many camps and labels) unchanged over QUIET_FRAMES animation frames
 * in a row. A fit or fly animation, a wheel zoom started by Leaflet's debounce, a label
 * redraw (scheduled for the frame after a move) all show up as a change in that time.
 */
export async function mapAtRest(target: Page | Frame, timeoutMs = 45_000): Promise<void> {
  await target.evaluate(() => {
    delete (window as WithRestState).__e2eMapRest
  })
  try {
    await target.waitForFunction(
      (quiet) => {
        const pane = document.querySelector('.leaflet-map-pane')
        const moving =
          !(pane instanceof HTMLElement) || pane.classList.contains('leaflet-zoom-anim') || pane.classList.contains('leaflet-pan-anim')
        const drawn = [
          document.querySelector('.leaflet-marker-pane [data-camp-id], .leaflet-marker-pane [data-camp-ids]'),
          document.querySelector('.leaflet-container canvas'),
        ].map((el) => {
          const r = el?.getBoundingClientRect()
          return r ? `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}x${Math.round(r.height)}` : '-'
        })
        const now = moving
          ? ''
          : [
              location.hash,
              pane.style.transform,
              ...drawn,
              window.__e2e.mapCamps().length,
              document.querySelectorAll('[data-label-kind]').length,
            ].join(' ')
        const w = window as WithRestState
        const state = w.__e2eMapRest ?? { last: '', same: 0 }
        state.same = now !== '' && now === state.last ? state.same + 1 : 0
        state.last = now
        w.__e2eMapRest = state
        return state.same >= quiet
      },
      QUIET_FRAMES,
      { polling: 'raf', timeout: timeoutMs },
    )
  } catch (error) {
    const dump = await target.evaluate(() => window.__e2e.dump()).catch(String)
    throw new Error(`The map did not come to rest within ${timeoutMs} ms\nPage: ${dump}`, { cause: error })
  }
}
