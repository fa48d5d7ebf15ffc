import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { REPO_ROOT } from './server'

const axeSource = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }

/**
 * Runs axe-core (injected through the test harness, not the page) for WCAG 2.2 A/AA.
 * Target size (2.5.8) is checked everywhere except on the map's markers: their position
 * is the information (the "essential" exception), and each has an equivalent control of
 * full size in the camp list (the "equivalent" exception).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const result = (await page.evaluate(async () => {
    type Axe = { run: (ctx: unknown, opts: object) => Promise<AxeResult> }
    const axe = (window as unknown as { axe: Axe }).axe
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
    const all = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: false } } })
    const size = await axe.run({ exclude: [['.leaflet-marker-pane']] }, { runOnly: { type: 'rule', values: ['target-size'] } })
    return { violations: [...all.violations, ...size.violations] }
  })) as AxeResult
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  )
}
