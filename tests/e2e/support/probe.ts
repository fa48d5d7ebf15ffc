/**
 * Page-side helpers, injected before the app's scripts by `context.addInitScript`.
 * They read only the stable hooks (data-testid, data-camp-id, data-tier, data-count,
 * aria-label), never CSS classes. Kept as plain JavaScript text so that no bundler
 * helper (e.g. esbuild's `__name`) leaks into the browser.
 */

export type MarkerInfo = { id: string; tier: string; label: string; tabIndex: number }
/** A group marker: camps whose own markers would overlap at the current zoom. */
export type GroupInfo = { ids: string[]; label: string; tabIndex: number }

export type E2EProbe = {
  /** Camp markers on the map that are displayed (one camp each), in DOM order. */
  markers: () => MarkerInfo[]
  /** Group markers on the map that are displayed (`data-camp-ids`), in DOM order. */
  groups: () => GroupInfo[]
  /** Ids of every camp the map shows: by its own marker or inside a group marker. */
  mapCamps: () => string[]
  /** Ids of the top-level `[data-camp-id]` items inside `[data-testid=<testid>]`, in DOM order. */
  list: (testid: string) => string[]
  /** Rendered text (innerText: blocks on their own lines) of each top-level item of a list. */
  listText: (testid: string) => string[]
  /** Legend rows: tier → data-count (NaN when the attribute is not a number). */
  legend: () => Record<string, number>
  /** Whether an element with this data-testid exists and is displayed. */
  shown: (testid: string) => boolean
  /**
   * Whether the first item of a list (or the element itself when it has no items) is
   * inside the viewport and not covered: what a user would call "visible".
   */
  onScreen: (testid: string) => boolean
  /** The camp id of the focused marker, or null. */
  activeMarker: () => string | null
  /** CSP violations reported by the page. */
  csp: { directive: string; blocked: string; sample: string }[]
  /** One-line JSON description of the hooks on the page, for failure messages. */
  dump: () => string
}

declare global {
  interface Window {
    __e2e: E2EProbe
  }
}

export const PROBE_SCRIPT = String.raw`
(() => {
  const NOT_MAP = ['bam-list', 'camp-list', 'camp-detail', 'legend', 'region-filter', 'tier-filter', 'search', 'drawer-toggle'];
  const csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    csp.push({ directive: e.violatedDirective, blocked: String(e.blockedURI), sample: String(e.sample || '') });
  }, true);
  const displayed = (el) => typeof el.checkVisibility === 'function'
    ? el.checkVisibility({ visibilityProperty: true })
    : el.getClientRects().length > 0;
  const topLevel = (els) => els.filter((el) => !(el.parentElement && el.parentElement.closest('[data-camp-id]')));
  const isMarkerEl = (el) => el.hasAttribute('data-camp-id') && el.hasAttribute('data-tier')
    && !NOT_MAP.some((t) => el.closest('[data-testid="' + t + '"]'));
  const markerEls = () => topLevel(Array.from(document.querySelectorAll('[data-camp-id][data-tier]')).filter(isMarkerEl)).filter(displayed);
  const groupEls = () => Array.from(document.querySelectorAll('[data-camp-ids]'))
    .filter((el) => !NOT_MAP.some((t) => el.closest('[data-testid="' + t + '"]'))).filter(displayed);
  const idsOfGroup = (el) => (el.getAttribute('data-camp-ids') || '').split(' ').filter((id) => id !== '');
  const listEls = (testid) => {
    const root = document.querySelector('[data-testid="' + testid + '"]');
    return root ? topLevel(Array.from(root.querySelectorAll('[data-camp-id]'))) : [];
  };
  const probe = {
    csp,
    markers: () => markerEls().map((el) => ({
      id: el.getAttribute('data-camp-id') || '',
      tier: el.getAttribute('data-tier') || '',
      label: el.getAttribute('aria-label') || '',
      tabIndex: el.tabIndex,
    })),
    groups: () => groupEls().map((el) => ({
      ids: idsOfGroup(el),
      label: el.getAttribute('aria-label') || '',
      tabIndex: el.tabIndex,
    })),
    mapCamps: () => markerEls().map((el) => el.getAttribute('data-camp-id') || '').concat(groupEls().flatMap(idsOfGroup)),
    list: (testid) => listEls(testid).map((el) => el.getAttribute('data-camp-id') || ''),
    listText: (testid) => listEls(testid).map((el) => (el.innerText || el.textContent || '').replace(/[ \t]+/g, ' ').trim()),
    legend: () => {
      const root = document.querySelector('[data-testid="legend"]');
      const out = {};
      if (!root) return out;
      for (const row of root.querySelectorAll('[data-tier][data-count]')) {
        out[row.getAttribute('data-tier')] = Number(row.getAttribute('data-count'));
      }
      return out;
    },
    shown: (testid) => {
      const el = document.querySelector('[data-testid="' + testid + '"]');
      return !!el && displayed(el) && el.getClientRects().length > 0;
    },
    onScreen: (testid) => {
      const root = document.querySelector('[data-testid="' + testid + '"]');
      if (!root || !displayed(root)) return false;
      const el = listEls(testid)[0] || root;
      if (!displayed(el)) return false;
      const r = el.getBoundingClientRect();
      const x0 = Math.max(r.left, 0), x1 = Math.min(r.right, innerWidth);
      const y0 = Math.max(r.top, 0), y1 = Math.min(r.bottom, innerHeight);
      if (x1 - x0 < 4 || y1 - y0 < 4) return false;
      const hit = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2);
      return !!hit && (hit === el || el.contains(hit));
    },
    activeMarker: () => {
      const el = document.activeElement;
      return el && isMarkerEl(el) ? el.getAttribute('data-camp-id') : null;
    },
    dump: () => {
      const ms = markerEls();
      const tiers = {};
      for (const el of ms) { const t = el.getAttribute('data-tier'); tiers[t] = (tiers[t] || 0) + 1; }
      const testids = {};
      for (const el of document.querySelectorAll('[data-testid]')) {
        const t = el.getAttribute('data-testid'); testids[t] = (testids[t] || 0) + 1;
      }
      const select = document.querySelector('select[data-testid="region-filter"], [data-testid="region-filter"] select');
      const detail = document.querySelector('[data-testid="camp-detail"]');
      const active = document.activeElement;
      return JSON.stringify({
        url: location.pathname + location.search + location.hash,
        markers: ms.length,
        groups: groupEls().map((el) => el.getAttribute('data-camp-ids')),
        markersInDom: document.querySelectorAll('[data-camp-id][data-tier]').length,
        markerTiers: tiers,
        firstMarker: ms[0] ? ms[0].outerHTML.slice(0, 300) : null,
        testids,
        bamList: probe.list('bam-list'),
        campList: probe.list('camp-list').length,
        legend: probe.legend(),
        regionFilter: select ? select.value : null,
        detail: detail ? (detail.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 200) : null,
        active: active ? active.tagName + ' ' + (active.getAttribute('data-testid') || active.getAttribute('data-camp-id') || active.getAttribute('aria-label') || '') : null,
        csp,
        body: markerEls().length === 0 ? (document.body ? document.body.innerText.replace(/\s+/g, ' ').slice(0, 300) : '') : undefined,
      });
    },
  };
  Object.defineProperty(window, '__e2e', { value: probe, configurable: false, enumerable: false });
})();
`
