/**
 * Code run inside the benchmarked pages, kept as plain JavaScript text (like
 * tests/e2e/support/probe.ts) so that no bundler helper leaks into the browser.
 * Both pages (the app and the plain-Leaflet baseline) set `data-visible-count` on the map
 * container after drawing, and every figure is read the same way: the time of the first
 * frame painted after that attribute reaches the expected value.
 */

/** Installed before any page script: records when `expected` markers are first painted. */
export function loadProbe(expected: number): string {
  return String.raw`
(() => {
  const state = { loadMs: null, expected: ${JSON.stringify(expected)}, longTasks: [], firstPaint: null };
  // Every main-thread task over 50 ms from navigation on (Long Tasks API), and the first paint.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (state.firstPaint === null || e.startTime < state.firstPaint) state.firstPaint = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (error) { state.longTaskError = String(error); }
  // After the next frame is produced: requestAnimationFrame, then a task after it.
  state.afterPaint = (cb) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => cb();
    channel.port2.postMessage(0);
  });
  const observer = new MutationObserver(() => {
    const el = document.querySelector('[data-visible-count]');
    if (state.loadMs !== null || !el || el.getAttribute('data-visible-count') !== String(state.expected)) return;
    state.loadMs = -1;
    observer.disconnect();
    state.afterPaint(() => { state.loadMs = performance.now(); });
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-visible-count'] });
  Object.defineProperty(window, '__bench', { value: state });
})();
`
}

/** Long tasks: `{ all, afterPaint }`, each as the list of durations (ms), read from the probe. */
export const READ_LONG_TASKS = String.raw`
(() => {
  const b = window.__bench;
  const paint = b.firstPaint ?? 0;
  return { all: b.longTasks.map((t) => t.ms), afterPaint: b.longTasks.filter((t) => t.start >= paint).map((t) => t.ms) };
})()
`

export type FilterAction =
  { kind: 'region'; value: string } | { kind: 'search'; value: string } | { kind: 'baseline'; value: { region: string | null; q: string } }

/**
 * An expression that performs the action and resolves to `{ ms, count }`: from just before
 * the action to the first painted frame after the visible count changed (null on timeout).
 */
export function timeFilter(action: FilterAction, timeoutMs: number): string {
  return String.raw`
new Promise((resolve) => {
  const action = ${JSON.stringify(action)};
  const el = document.querySelector('[data-visible-count]');
  const before = el.getAttribute('data-visible-count');
  let t0 = 0;
  const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, ${timeoutMs});
  const observer = new MutationObserver(() => {
    const now = el.getAttribute('data-visible-count');
    if (now === before) return;
    observer.disconnect();
    clearTimeout(timer);
    window.__bench.afterPaint(() => resolve({ ms: performance.now() - t0, count: Number(now) }));
  });
  observer.observe(el, { attributes: true, attributeFilter: ['data-visible-count'] });
  t0 = performance.now();
  if (action.kind === 'region') {
    const select = document.querySelector('[data-testid="region-filter"]');
    select.value = action.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (action.kind === 'search') {
    const input = document.querySelector('[data-testid="search"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, action.value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    window.baselineFilter(action.value);
  }
})
`
}

/** Starts counting animation frames. */
export const START_FRAMES = String.raw`
(() => {
  const f = { frames: 0, start: performance.now(), last: performance.now(), worst: 0, running: true };
  window.__frames = f;
  const tick = (t) => {
    if (!f.running) return;
    f.frames += 1; f.worst = Math.max(f.worst, t - f.last); f.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()
`

/** Stops counting and returns `{ fps, worstMs }`. */
export const STOP_FRAMES = String.raw`
(() => {
  const f = window.__frames;
  f.running = false;
  const seconds = (performance.now() - f.start) / 1000;
  return { fps: f.frames / seconds, worstMs: f.worst };
})()
`
