/**
 * Far outliers of a fitted image, pure: the camps that, left out of the fit, let it zoom in
 * on the main group — drawn instead in a small locator map (an inset), as newsroom locator
 * maps do, rather than one camp emptying half the image (Magadan in a Khabarovsk Krai view).
 */

/** Web-Mercator x and y in world units (0–1). */
function world([lon, lat]: readonly [number, number]): [number, number] {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2]
}

/** How far a fit must zoom out for these points in a frame of this aspect (width / height): the larger of its two spans. */
function span(points: readonly [number, number][], aspect: number): number {
  if (points.length === 0) return 0
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  for (const [x, y] of points) {
    x0 = Math.min(x0, x)
    x1 = Math.max(x1, x)
    y0 = Math.min(y0, y)
    y1 = Math.max(y1, y)
  }
  return Math.max(x1 - x0, (y1 - y0) * aspect)
}

type OutlierRules = {
  /** At most this many outliers. */
  max: number
  /** Leave one out only if the fit of the rest is at least this many times tighter. */
  gain: number
  /** The main group keeps at least this share of the camps. */
  keep: number
}

const OUTLIER_RULES: OutlierRules = { max: 2, gain: 2, keep: 0.75 }

/**
 * The indices of the outliers among `positions` ([lon, lat]), for a frame of `aspect`
 * (width / height): one at a time, the camp whose leaving out tightens the fit most, while
 * that tightens it at least `gain` times. None for fewer than four camps.
 *
 * @example farOutliers(khabarovskCamps, 1.5) // [index of Magadan]
 */
export function farOutliers(
  positions: readonly (readonly [number, number])[],
  aspect: number,
  rules: OutlierRules = OUTLIER_RULES,
): number[] {
  if (positions.length < 4) return []
  const points = positions.map(world)
  const left = new Set(points.keys())
  const out: number[] = []
  while (out.length < rules.max && left.size - 1 >= Math.ceil(rules.keep * positions.length)) {
    const current = span(
      [...left].map((i) => points[i] ?? [0, 0]),
      aspect,
    )
    let best: { index: number; span: number } | null = null
    for (const i of left) {
      const rest = span(
        [...left].filter((j) => j !== i).map((j) => points[j] ?? [0, 0]),
        aspect,
      )
      if (best === null || rest < best.span) best = { index: i, span: rest }
    }
    if (best === null || best.span <= 0 || current / best.span < rules.gain) break
    out.push(best.index)
    left.delete(best.index)
  }
  return out.sort((a, b) => a - b)
}
