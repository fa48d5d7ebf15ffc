import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Frame, Page } from 'playwright-core'
import { REPO_ROOT } from './server'

const axeSource = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type AxeNode = { target: string[]; element?: Element }
type AxeResult = { violations: { id: string; impact: string; help: string; nodes: AxeNode[] }[] }

/**
 * Runs axe-core (injected through the test harness, not the page) for WCAG 2.2 A/AA over
 * the document, or only inside `include` (a selector). Target size (2.5.8) is checked
 * everywhere except on the map's markers: their position is the information (the
 * "essential" exception), and each has an equivalent control of full size in the camp list
 * (the "equivalent" exception).
 *
 * One axe run: the markers' own target-size results are dropped afterwards (axe measures
 * a target against every element of the page whatever the context, so this is what a
 * second run excluding the marker pane found), and only violations are collected
 * (`resultTypes`: axe then builds no selector for each passing node, most of its time).
 */
export async function axeViolations(target: Page | Frame, include?: string): Promise<string[]> {
  await target.evaluate(axeSource)
  const violations = await target.evaluate(
    async ({ tags, include }) => {
      type Axe = { run: (ctx: unknown, opts: object) => Promise<AxeResult> }
      const axe = (window as unknown as { axe: Axe }).axe
      const result = await axe.run(include === undefined ? document : { include: [[include]] }, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        elementRef: true,
      })
      return result.violations.flatMap((v) => {
        const nodes = v.id === 'target-size' ? v.nodes.filter((n) => n.element?.closest('.leaflet-marker-pane') == null) : v.nodes
        return nodes.length === 0 ? [] : [{ id: v.id, impact: v.impact, help: v.help, targets: nodes.map((n) => n.target.join(' ')) }]
      })
    },
    { tags: WCAG_22_AA, include },
  )
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`)
}
