/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine and Node version, so synthetic datasets are reproducible.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** A normally distributed number (Box–Muller), mean 0, standard deviation 1. */
  gaussian(): number
  /** One item of a non-empty list, chosen with the given weights (same length). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
}

/** The generator for a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n) => Math.floor(next() * n),
    gaussian() {
      const u = 1 - next()
      const v = next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      if (items.length === 0 || items.length !== weights.length) {
        throw new Error(`weighted: ${items.length} items with ${weights.length} weights`)
      }
      const total = weights.reduce((sum, w) => sum + w, 0)
      let pick = next() * total
      for (let i = 0; i < items.length; i += 1) {
        pick -= weights[i] ?? 0
        if (pick < 0) return items[i] as T
      }
      return items[items.length - 1] as T
    },
  }
}
