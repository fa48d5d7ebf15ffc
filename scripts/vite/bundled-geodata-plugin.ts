import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Vite plugin: `vite build` first validates the bundled geodata as the browser would
 * (scripts/vite/bundled-geodata-check.ts, run with tsx) and stops with each camp id and
 * reason if anything is wrong, so the built app can read those files without shipping the
 * validator (src/data/bundled-dataset.ts). Run in a child process so that the Vite config
 * imports nothing from src/.
 */
export function bundledGeodataCheck(root: string): Plugin {
  return {
    name: 'camp-map-bundled-geodata-check',
    apply: 'build',
    buildStart() {
      try {
        execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/vite/bundled-geodata-check.ts'], {
          cwd: root,
          stdio: 'pipe',
          encoding: 'utf8',
        })
      } catch (error) {
        const stderr = (error as { stderr?: unknown }).stderr
        this.error(`geodata is not valid, the build stops:\n${typeof stderr === 'string' && stderr !== '' ? stderr : String(error)}`)
      }
    },
  }
}
