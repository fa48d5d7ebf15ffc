import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMain } from './lib/is-main'
import { BASEMAP_DATA_FILES, DEFAULT_DATA_FILES } from './lib/paths'
import { decodeCountries, readWorldAtlas50m } from './lib/world-atlas'
import { countryLookup } from './validate/countries'
import { formatSummary } from './validate/dataset-checks'
import { fileKind } from './validate/file-kind'
import { CITING_DATA_FILES, citedSourceIds } from './validate/cited-elsewhere'
import { validateDataset, type DataFile } from './validate/validate-dataset'

/**
 * `npm run validate:data [--summary] [files…]`: checks the geodata files (by default the
 * seven in geodata/ and the two water TopoJSON files in public/) and prints one line per problem, `<id>: <reason>` (file-level
 * problems `<file>: <reason>`), exiting 1 if there is any. On success it prints a short
 * summary (camps, tiers, areas); `--summary` prints the summary even when there are
 * problems. When only some files are given, the default files of the other kinds are
 * read to resolve references (regions, sources, BAM line) but are not validated.
 */

function read(path: string): DataFile {
  return { path, text: readFileSync(path, 'utf8') }
}

/** The source ids cited by geodata/history.json and geodata/region-facts.json, read from disk. */
export function readCitedElsewhere(root = '.'): string[] {
  return CITING_DATA_FILES.map((p) => join(root, p))
    .filter((p) => existsSync(p))
    .flatMap((p) => citedSourceIds(JSON.parse(readFileSync(p, 'utf8')) as unknown))
}

export function main(argv: readonly string[]): number {
  const forceSummary = argv.includes('--summary')
  const args = argv.filter((a) => a !== '--summary')
  const paths = args.length > 0 ? args : [...DEFAULT_DATA_FILES, ...BASEMAP_DATA_FILES]
  const missing = paths.filter((p) => !existsSync(p))
  for (const path of missing) console.log(`${path}: file not found`)
  if (missing.length > 0) return 1
  const kinds = new Set(paths.map(fileKind))
  const references = DEFAULT_DATA_FILES.filter((p) => !kinds.has(fileKind(p)) && existsSync(p)).map(read)
  const countries = countryLookup(decodeCountries(readWorldAtlas50m()))
  const { problems, summary } = validateDataset({ files: paths.map(read), references, countries, citedElsewhere: readCitedElsewhere() })
  for (const p of problems) console.log(`${p.id}: ${p.reason}`)
  if (problems.length === 0) console.log(`OK: ${paths.length} file(s) valid (${paths.join(', ')})`)
  if (summary && (problems.length === 0 || forceSummary)) for (const line of formatSummary(summary)) console.log(line)
  return problems.length === 0 ? 0 : 1
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2))
