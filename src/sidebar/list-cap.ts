/**
 * The "all camps" list renders at most this many items: enough to scroll through, few
 * enough that a filter change re-renders the list within a frame. Beyond it the list says
 * how many camps it leaves out and how to narrow the filter (50,000 <li> would take
 * seconds to render and make the sidebar unusable).
 */
export const MAX_LISTED_CAMPS = 200

/** The first `limit` items and how many are left out. */
export function capList<T>(items: readonly T[], limit: number = MAX_LISTED_CAMPS): { listed: readonly T[]; notListed: number } {
  if (items.length <= limit) return { listed: items, notListed: 0 }
  return { listed: items.slice(0, Math.max(0, limit)), notListed: items.length - Math.max(0, limit) }
}
