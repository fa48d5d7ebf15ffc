/**
 * The first chunks of the two pages, merged. Left to itself, Rolldown gives each set of
 * importers its own chunk: a module the first view needs that a lazy part (the share
 * dialog, the region table …) imports too lands in a small chunk of its own, and the first
 * load fetched 15 files whose exports and imports between them (names crossing chunks)
 * cost about 2.4 KB gzip. The modules both pages load at once make one chunk, `first`;
 * lazy parts import from it, already loaded. Only those: a module one page loads at once
 * and the other loads on demand (the embed's language catalogues, imported statically by
 * the embed and on demand by the full page) must not join an entry's chunk, or loading it
 * on demand would run that entry (the embed rendering itself into the full page), so
 * Rolldown places every other module as it would.
 */

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/** Bit i set: the module is statically imported, directly or not, by entry i. */
export function staticReach(entries: readonly string[], graph: ModuleGraph): Map<string, number> {
  const reach = new Map<string, number>()
  entries.forEach((entry, i) => {
    const bit = 1 << i
    const stack = [entry]
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      const bits = reach.get(id) ?? 0
      if ((bits & bit) !== 0) continue
      reach.set(id, bits | bit)
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
    }
  })
  return reach
}

/**
 * A `build.rolldownOptions.output.codeSplitting.groups[].name` function for two entries
 * (`main`, `embed`: their HTML files): a module both load at once goes to `first`; any
 * other is left to Rolldown (`null`). The graph is walked once per build.
 */
export function firstChunkName(mainHtml: string, embedHtml: string): (id: string, graph: ModuleGraph) => string | null {
  let reach: Map<string, number> | null = null
  return (id, graph) => {
    reach ??= staticReach([mainHtml, embedHtml], graph)
    const bits = reach.get(id) ?? 0
    return bits === 3 ? 'first' : null
  }
}
