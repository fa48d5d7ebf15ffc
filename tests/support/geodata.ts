import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { datasetFromJson, type LoadedData } from '../../src/data/dataset'

/** The repository's own geodata/ (tests run from the project root), validated as the app validates it. */
export function loadGeodata(): LoadedData {
  const read = (file: string): unknown => JSON.parse(readFileSync(resolve('geodata', file), 'utf8'))
  return datasetFromJson(read('camps.geojson'), read('regions.json'), read('sources.json'), read('bam-line.geojson'))
}
