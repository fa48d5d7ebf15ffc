import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
// eslint.config.js is plain JavaScript without types.
// @ts-expect-error -- no declaration file for the ESLint config
import { layerConfigs } from '../eslint.config.js'

/**
 * Probe files for the layer rules of eslint.config.js: each is linted as if it stood at
 * its path in src/ (nothing is written), with the layer rules only. The ones that break a
 * layer must fail, at any folder depth; the allowed ones must pass.
 */

const root = fileURLToPath(new URL('../', import.meta.url))
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...(layerConfigs as object[])],
})

async function errors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

describe('the layer rules reject', () => {
  it.each([
    ['src/map/labels/zz-probe.ts', "import { App } from '../../app/App'\nexport const x = App"],
    ['src/map/labels/zz-probe.ts', "import { Sidebar } from '../../sidebar/Sidebar'\nexport const x = Sidebar"],
    ['src/map/grouping/zz-probe.ts', "export { App } from '../../app/App'"],
    ['src/map/overlays/zz-probe.ts', "export * from '../../embed/post-height'"],
    ['src/map/basemap/zz-probe.ts', "export const x = () => import('../../app/App')"],
    ['src/data/zz-probe.ts', "import type { ViewState } from '../url/url-state'\nexport type X = ViewState"],
    ['src/filter/zz-probe.ts', "import { x } from '../geo/x'\nexport const y = x"],
    ['src/filter/deep/er/zz-probe.ts', "import { x } from '../../../view/derive-view'\nexport const y = x"],
    ['src/zz-unknown/zz-probe.ts', 'export const x = 1'],
    ['src/app/zz-probe.ts', "import '../entries/main'"],
    ['src/app/zz-probe.ts', "import '../main'"],
    ['src/data/zz-probe.ts', "import L from 'leaflet'\nexport const x = L"],
    ['src/view/zz-probe.ts', 'export const x = () => window.location.href'],
  ])('%s: %s', async (path, code) => {
    expect(await errors(path, code)).not.toEqual([])
  })
})

describe('the layer rules allow', () => {
  it.each([
    ['src/map/labels/zz-probe.ts', "import { x } from '../../geo/x'\nimport { y } from '../grouping/y'\nexport const z = [x, y]"],
    ['src/app/zz-probe.ts', "export const x = () => import('../history/HistoryPanel')"],
    ['src/data/zz-probe.ts', "import type { Map } from 'leaflet'\nexport type X = Map"],
    ['src/entries/main.tsx', "import { App } from '../app/App'\nexport const x = App"],
  ])('%s: %s', async (path, code) => {
    expect(await errors(path, code)).toEqual([])
  })
})
