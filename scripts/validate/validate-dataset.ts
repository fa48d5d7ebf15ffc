import { getIssues } from '@placemarkio/check-geojson'
import type { Feature, LineString } from 'geojson'
import { checkBamProximity, checkCampCountries, type CountryLookup } from '../../src/geo/geo-sanity'
import type { Camp, Region, Rejection, Source } from '../../src/data/schema'
import { FILE_ID, parseRegions, parseSources, validateCampCollection } from '../../src/data/validate'
import { formatGeodata } from '../lib/format'
import { checkBamSet, checkRadiusPolicy, checkSourcesUsed, LEGEND_SOURCE_IDS, summarize, type Summary } from './dataset-checks'
import { checkRailways, checkTowns, checkWater, type TownFeature } from './basemap-layers'
import { fileKind, isGenerated, isGeoJson, type FileKind } from './file-kind'
import { checkAliases, checkJapaneseText } from './japanese-checks'
import { checkBamLine, checkOutline } from './line-schemas'
import { burialChecks } from './burial-checks'

/**
 * Runs every check of `npm run validate:data` on files already read into memory. Pure:
 * the CLI does the reading. `files` are validated in full; `references` (the default
 * geodata files of kinds not among `files`) only resolve region, source and BAM-line
 * references.
 */

export type DataFile = { path: string; text: string }
export type ValidationInput = {
  files: readonly DataFile[]
  references?: readonly DataFile[]
  countries: CountryLookup
  /** Source ids cited by other data files (history, region facts): not "uncited". */
  citedElsewhere?: readonly string[]
}
export type ValidationReport = { problems: Rejection[]; summary: Summary | null }

export const NOT_CANONICAL = 'not in canonical format, run npm run format:geodata'

type Parsed = { path: string; json: unknown; validated: boolean }

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** Format, JSON and RFC 7946 problems of one file to validate. */
function fileProblems(file: DataFile, kind: FileKind, json: unknown): Rejection[] {
  const problems: Rejection[] = []
  if (!isGenerated(kind) && formatGeodata(json) !== file.text) problems.push({ id: file.path, reason: NOT_CANONICAL })
  if (isGeoJson(kind)) {
    for (const issue of getIssues(file.text)) {
      problems.push({ id: file.path, reason: `RFC 7946: ${issue.message} (line ${lineOf(file.text, issue.from)})` })
    }
  }
  return problems
}

function collect(input: ValidationInput, problems: Rejection[]): Map<FileKind, Parsed> {
  const parsed = new Map<FileKind, Parsed>()
  for (const file of input.files) {
    const kind = fileKind(file.path)
    if (kind === null) {
      problems.push({
        id: file.path,
        reason:
          'unknown geodata file (expected camps, burial-sites, bam-line, regions, sources, ussr-1946, towns, railways or basemap-water)',
      })
      continue
    }
    const result = parseJson(file.text)
    if (!result.ok) {
      problems.push({ id: file.path, reason: `invalid JSON: ${result.message}` })
      continue
    }
    problems.push(...fileProblems(file, kind, result.json))
    // the two water files (low, high) are independent: checked here, not kept by kind
    if (kind === 'water') problems.push(...withPath(file.path, checkWater(result.json)))
    else parsed.set(kind, { path: file.path, json: result.json, validated: true })
  }
  for (const file of input.references ?? []) {
    const kind = fileKind(file.path)
    if (kind === null || kind === 'water' || parsed.has(kind)) continue
    const result = parseJson(file.text)
    if (result.ok) parsed.set(kind, { path: file.path, json: result.json, validated: false })
    else problems.push({ id: file.path, reason: `invalid JSON: ${result.message}` })
  }
  return parsed
}

function withPath(path: string, rejections: readonly Rejection[]): Rejection[] {
  return rejections.map((r) => (r.id === FILE_ID ? { id: path, reason: r.reason } : r))
}

export function validateDataset(input: ValidationInput): ValidationReport {
  const problems: Rejection[] = []
  const parsed = collect(input, problems)

  let regions: Region[] = []
  const regionsFile = parsed.get('regions')
  if (regionsFile) {
    const result = parseRegions(regionsFile.json)
    if (result.ok) regions = result.value.regions
    else problems.push({ id: regionsFile.path, reason: result.message })
  }

  let sources: Source[] = []
  const sourcesFile = parsed.get('sources')
  if (sourcesFile) {
    const result = parseSources(sourcesFile.json)
    if (result.ok) sources = result.value
    else problems.push({ id: sourcesFile.path, reason: result.message })
  }

  let lines: Feature<LineString>[] | null = null
  const bamFile = parsed.get('bam-line')
  if (bamFile) {
    const result = checkBamLine(bamFile.json)
    lines = result.lines
    if (bamFile.validated) problems.push(...withPath(bamFile.path, result.problems))
  }

  const outlineFile = parsed.get('outline')
  if (outlineFile?.validated) for (const reason of checkOutline(outlineFile.json)) problems.push({ id: outlineFile.path, reason })

  problems.push(...layerChecks(parsed, regionsFile ? new Set(regions.map((r) => r.slug)) : null))

  let summary: Summary | null = null
  const campsFile = parsed.get('camps')
  if (campsFile?.validated) {
    const refs = { regionSlugs: new Set(regions.map((r) => r.slug)), sourceIds: new Set(sources.map((s) => s.id)) }
    const { camps, rejected } = validateCampCollection(campsFile.json, refs)
    problems.push(...withPath(campsFile.path, rejected))
    problems.push(...campChecks(camps, input.countries, lines))
    if (sourcesFile?.validated) problems.push(...checkSourcesUsed(camps, sources, [...LEGEND_SOURCE_IDS, ...(input.citedElsewhere ?? [])]))
    summary = summarize(camps, regions, sources)
  }
  problems.push(...burialChecks(parsed.get('burials'), parsed.get('camps')?.json, regions, sources, input.countries))
  return { problems, summary }
}

function campChecks(camps: readonly Camp[], countries: CountryLookup, lines: readonly Feature<LineString>[] | null): Rejection[] {
  return [
    ...checkCampCountries(camps, countries),
    ...(lines === null ? [] : checkBamProximity(camps, lines)),
    ...checkBamSet(camps),
    ...checkRadiusPolicy(camps),
    ...checkJapaneseText(camps),
    ...checkAliases(camps),
  ]
}

/** Towns, railways and water files: each checked when validated; towns also resolve railway stations. */
function layerChecks(parsed: Map<FileKind, Parsed>, regionSlugs: ReadonlySet<string> | null): Rejection[] {
  const problems: Rejection[] = []
  let towns: TownFeature[] | null = null
  const townsFile = parsed.get('towns')
  if (townsFile) {
    const result = checkTowns(townsFile.json, regionSlugs)
    towns = result.towns
    if (townsFile.validated) problems.push(...withPath(townsFile.path, result.problems))
  }
  const railwaysFile = parsed.get('railways')
  if (railwaysFile?.validated) problems.push(...withPath(railwaysFile.path, checkRailways(railwaysFile.json, towns)))
  return problems
}
