import { readFileSync, writeFileSync } from 'node:fs'
import { formatGeodata } from './lib/format'
import { isMain } from './lib/is-main'
import { DEFAULT_DATA_FILES } from './lib/paths'

export { formatGeodata }

/** Rewrites each file in canonical form; returns the files that changed. */
export function formatFiles(files: readonly string[]): string[] {
  const changed: string[] = []
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const formatted = formatGeodata(JSON.parse(text))
    if (formatted !== text) {
      writeFileSync(file, formatted)
      changed.push(file)
    }
  }
  return changed
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2)
  const files = args.length > 0 ? args : DEFAULT_DATA_FILES
  const changed = formatFiles(files)
  console.log(changed.length === 0 ? `${files.length} files already canonical` : `formatted: ${changed.join(', ')}`)
}
