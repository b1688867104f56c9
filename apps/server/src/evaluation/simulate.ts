/**
 * `npm run simulate`: runs the adaptive-test simulation on a bank and reports whether the
 * engine meets its targets. Exits with status 1 when a target is missed, 2 on an error (such as
 * a bank that does not load, whose problems it lists).
 *
 *   --candidates N   simulated candidates (default 2000)
 *   --seed S         seed for abilities, answers and, with --synthetic, the bank (default 1)
 *   --bank DIR       bank folder (default content/bank)
 *   --synthetic      a generated bank of 16 competences × 12 items instead of a folder
 *   --json           one JSON object on standard output instead of a table
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadBank } from './bank-loader'
import type { Bank } from './item-format'
import { type SimulationReport, simulate } from './simulation'
import { syntheticBank } from './synthetic-bank'

const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    bank: { type: 'string', default: 'content/bank' },
    synthetic: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
})

function positiveInteger(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got "${text}"`)
  return value
}

function table(report: SimulationReport): string {
  const number = (value: number, digits = 3) => value.toFixed(digits)
  const share = (value: number) => `${(value * 100).toFixed(1)} %`
  const rows: Array<[string, string, string]> = [
    ['bank', `${report.bank.id}@${report.bank.version} (${report.bank.items} items)`, ''],
    ['candidates', String(report.candidates), `seed ${report.seed}`],
    ['answers per test', number(report.meanAnswers, 1), `length ${report.testLength}`],
    ['RMSE', number(report.rmse), ''],
    ['RMSE, random order', number(report.rmseRandomOrder), 'same content rules, no adaptation'],
    ['bias', number(report.bias), ''],
    ['mean SEM', number(report.meanSem), ''],
    ['max item exposure', share(report.maxItemExposure), ''],
    ['items never used', share(report.itemsNeverUsed), ''],
    ['level agreement', share(report.scoreLevelAgreement), 'estimated vs true level'],
    ['ms per selection', number(report.msPerSelection), `p99 ${number(report.msPerSelectionP99)}`],
    ['ms to build engine', number(report.msEngineCreation, 0), 'exposure calibration, once per bank version'],
  ]
  const checks = Object.entries(report.targets).map(
    ([name, target]) => `${target.met ? 'ok  ' : 'MISS'} ${name} ${target.limit} (${number(target.value)})`,
  )
  const width = Math.max(...rows.map(([label]) => label.length))
  return [
    ...rows.map(([label, value, note]) => `${label.padEnd(width)}  ${value}  ${note}`.trimEnd()),
    '',
    ...checks,
  ].join('\n')
}

async function main(): Promise<void> {
  const candidates = positiveInteger('candidates', values.candidates)
  const seed = Number(values.seed)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`)
  const bank: Bank = values.synthetic ? syntheticBank({ seed }) : await loadBank(path.resolve(values.bank))
  const report = simulate({ bank, candidates, seed })
  process.stdout.write(`${values.json ? JSON.stringify(report) : table(report)}\n`)
  if (Object.values(report.targets).some((target) => !target.met)) process.exitCode = 1
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
