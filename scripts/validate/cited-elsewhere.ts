/**
 * The source ids cited by the app's other data files (geodata/history.json,
 * geodata/region-facts.json): every `sources` array of string ids, at any depth. Those
 * sources are cited, so the "source is not cited by any camp" check exempts them.
 */
export const CITING_DATA_FILES = ['geodata/history.json', 'geodata/region-facts.json', 'geodata/burial-sites.geojson'] as const

export function citedSourceIds(json: unknown): string[] {
  const ids: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item)
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(child)) ids.push(...child.filter((id): id is string => typeof id === 'string'))
        else walk(child)
      }
    }
  }
  walk(json)
  return ids
}
