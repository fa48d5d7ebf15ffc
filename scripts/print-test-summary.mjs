#!/usr/bin/env node
// Prints one line, `N passed, N failed`, for CI, which reads only exit codes and that line.
//
//   node scripts/print-test-summary.mjs --log <output of npm test> --status <its exit code>
//                                       [--json <vitest json report>]...
//
// Counts come from Vitest JSON reports when given and present (one per Vitest run),
// otherwise from the "Tests  …" summary lines the default reporter prints in the log.
// A run whose command failed although no test failed (type check, data validation, build,
// a test file that did not load) counts as one failure, so the line never says
// "0 failed" for a red run.
import { existsSync, readFileSync } from 'node:fs'

function parseArgs(argv) {
  const args = { log: null, status: 0, json: [] }
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i]
    const value = argv[i + 1]
    if (value === undefined) break
    if (key === '--log') args.log = value
    else if (key === '--status') args.status = Number(value)
    else if (key === '--json') args.json.push(value)
    else continue
    i += 1
  }
  return args
}

/** Totals of Vitest's JSON (Jest-compatible) reports that exist. */
function fromJson(files) {
  const totals = { passed: 0, failed: 0, runs: 0 }
  for (const file of files) {
    if (!existsSync(file)) continue
    try {
      const report = JSON.parse(readFileSync(file, 'utf8'))
      const passed = Number(report.numPassedTests ?? 0)
      const failedTests = Number(report.numFailedTests ?? 0)
      const failedSuites = Number(report.numFailedTestSuites ?? 0)
      totals.passed += passed
      totals.failed += Math.max(failedTests, failedSuites)
      totals.runs += 1
    } catch (error) {
      console.error(`print-test-summary: cannot read ${file}: ${error.message}`)
    }
  }
  return totals
}

/** Totals of the default reporter's summary lines (" Tests  2 failed | 10 passed (12)"). */
function fromLog(file) {
  const totals = { passed: 0, failed: 0, runs: 0 }
  if (!file || !existsSync(file)) return totals
  // eslint-disable-next-line no-control-regex
  const text = readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
  let filesFailed = 0
  for (const line of text.split(/\r?\n/)) {
    const files = /^\s*Test Files\s+(.*)$/.exec(line)
    if (files) {
      filesFailed = Number(/(\d+) failed/.exec(files[1])?.[1] ?? 0)
      continue
    }
    const tests = /^\s*Tests\s+(.*\(\d+\))\s*$/.exec(line)
    if (!tests) continue
    const failed = Number(/(\d+) failed/.exec(tests[1])?.[1] ?? 0)
    totals.passed += Number(/(\d+) passed/.exec(tests[1])?.[1] ?? 0)
    // A file that fails to load or whose beforeAll throws fails no single test.
    totals.failed += Math.max(failed, filesFailed)
    totals.runs += 1
    filesFailed = 0
  }
  return totals
}

const args = parseArgs(process.argv.slice(2))
const json = fromJson(args.json)
const counts = json.runs > 0 ? json : fromLog(args.log)
let { passed, failed } = counts
if (args.status !== 0 && failed === 0) {
  failed = 1
  console.log(
    counts.runs === 0
      ? 'print-test-summary: the test command failed before any Vitest run finished (see above)'
      : 'print-test-summary: the test command failed outside the counted tests (see above)',
  )
}
console.log(`${passed} passed, ${failed} failed`)
