/** A headline figure of geodata/history.json: its topic and its words in each language. */
export type HeadlineFigure = { topic: string; en: string; ja: string }

let loading: Promise<readonly HeadlineFigure[] | null> | null = null
let loaded: readonly HeadlineFigure[] | null = null

/**
 * The history file's figures, fetched once (their own small chunk). The full page loads them
 * beside the data, so that the header has its final lines before the map is first fitted
 * below it: the figures arriving later made the header grow, the map shrink and fit again
 * (issue 18). Null when the file could not be loaded: the headline then shows the rest.
 */
export function loadHeadlineFigures(): Promise<readonly HeadlineFigure[] | null> {
  loading ??= import('../../geodata/history.json').then(
    (m) => {
      loaded = m.default.figures
      return loaded
    },
    () => null,
  )
  return loading
}

/** The figures if they have come, else null. */
export function headlineFiguresNow(): readonly HeadlineFigure[] | null {
  return loaded
}
