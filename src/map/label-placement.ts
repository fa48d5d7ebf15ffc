export type LabelCandidate = {
  id: string
  /** The marker's centre in container pixels. */
  x: number
  y: number
  symbolSizePx: number
  labelWidthPx: number
  labelHeightPx: number
  priority: number
}

type Box = { left: number; top: number; right: number; bottom: number }

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/** The label sits to the right of its symbol, vertically centred. */
function labelBox(c: LabelCandidate): Box {
  const left = c.x + c.symbolSizePx / 2 + 2
  return { left, top: c.y - c.labelHeightPx / 2, right: left + c.labelWidthPx, bottom: c.y + c.labelHeightPx / 2 }
}

function symbolBox(c: LabelCandidate): Box {
  const half = c.symbolSizePx / 2
  return { left: c.x - half, top: c.y - half, right: c.x + half, bottom: c.y + half }
}

/**
 * Chooses which catalogue-number labels to show so that no label covers another label or
 * another camp's symbol. Larger camps win; ties go to the input order. Greedy, O(n²),
 * which is fine for the hundreds of DOM markers this is used with.
 */
export function chooseLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const order = candidates.map((c, index) => ({ c, index })).sort((a, b) => b.c.priority - a.c.priority || a.index - b.index)
  const symbols = candidates.map((c) => ({ id: c.id, box: symbolBox(c) }))
  const placed: Box[] = []
  const shown = new Set<string>()
  for (const { c } of order) {
    const box = labelBox(c)
    if (placed.some((other) => overlaps(box, other))) continue
    if (symbols.some((s) => s.id !== c.id && overlaps(box, s.box))) continue
    placed.push(box)
    shown.add(c.id)
  }
  return shown
}
