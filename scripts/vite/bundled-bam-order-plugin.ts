import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Plugin } from 'vite'

const VIRTUAL_ID = 'virtual:bundled-bam-order'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

/**
 * Vite plugin: the module `virtual:bundled-bam-order` is the BAM order of geodata/'s camps,
 * computed when the module is built (scripts/vite/bundled-bam-order.ts, run with tsx in a
 * child process so that the Vite config imports nothing from src/). src/app/load-data.ts
 * uses it for the bundled data; a `data=` file is ordered in the browser.
 */
export function bundledBamOrder(root: string): Plugin {
  return {
    name: 'camp-map-bundled-bam-order',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null
      this.addWatchFile(join(root, 'geodata/camps.geojson'))
      this.addWatchFile(join(root, 'geodata/bam-line.geojson'))
      const json = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/vite/bundled-bam-order.ts'], { cwd: root, encoding: 'utf8' })
      return `export default ${json}`
    },
  }
}
