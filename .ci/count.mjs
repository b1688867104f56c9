// Adds up the JSON reports that `npm test` writes under CI (Vitest and Playwright) into one line.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0

const vitest = 'test-results/vitest.json'
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that failed before any of its tests ran (a crash in beforeAll) has no failed test: count it.
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? []
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) failed += 1
  }
  skipped += report.numPendingTests + report.numTodoTests
}

const playwright = 'test-results/playwright.json'
if (existsSync(playwright)) {
  const { stats } = JSON.parse(readFileSync(playwright, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
  skipped += stats.skipped
}

if (passed + failed === 0) failed = 1 // no report: the suite did not run
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
