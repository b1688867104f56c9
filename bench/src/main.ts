/**
 * `npm run bench` — load scenarios against real Vigie processes, measured against the machine's
 * own limit (a bare INSERT route on the same database). See bench/README.md.
 */
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Behaviour } from './actors'
import { log, type PhaseResult, type RunResult, type RunSpec, run } from './run'
import { postgresSettings } from './seed'
import { round } from './stats'

const USAGE = `Usage: npm run bench -- [--quick] [--json] [--only NAME]… [--profile DIR] [--keep]

  --quick         the small set (under 3 minutes): PGlite, PostgreSQL, two processes
  --json          print one JSON object on stdout (progress goes to stderr)
  --only NAME     run only the named run(s): ${'pglite, postgres, postgres-burst, two-processes'}
  --profile DIR   run Vigie under node --cpu-prof, profiles in DIR/<run>, top self times in the output
  --keep          keep the databases of the runs
  --quiet-dashboards
                  invigilators keep their stream open but never read the room after entering
                  (the web dashboard does, on the events that change a status and every 20 s):
                  to see what the answers alone cost
  --two-processes run the PostgreSQL runs on two Vigie processes (one per core, clients spread over
                  both) instead of their own number
  --postgres-url  a database of the PostgreSQL server to use (BENCH_DATABASE_URL;
                  postgres://postgres@127.0.0.1:5432/postgres); each run creates its own database`

type ScenarioName = 'steady' | 'startBurst' | 'capacity' | 'twoProcesses' | 'twoProcessesCapacity'

interface Plan {
  spec: Omit<RunSpec, 'postgresUrl' | 'profileDir' | 'keep'>
  /** Which phase of the run reports which scenario. */
  reports: Partial<Record<'burst' | 'steady' | 'capacity', ScenarioName>>
}

const behaviour = (quick: boolean, dashboardRefetch: boolean): Behaviour =>
  quick
    ? // A short run: answers every 5 s, so 200 candidates ask what 1,200 ask at one answer in 30 s.
      { answerEverySeconds: 5, signalementRate: 0.02, decisionDelayMs: 1000, dashboardRefetch }
    : { answerEverySeconds: 30, signalementRate: 0.005, decisionDelayMs: 5000, dashboardRefetch }

function plans(quick: boolean, dashboardRefetch: boolean): Plan[] {
  const people = { perSession: 20, behaviour: behaviour(quick, dashboardRefetch), concurrency: 32 }
  const plan = (
    name: string,
    backend: RunSpec['backend'],
    processes: RunSpec['processes'],
    candidates: number,
    seconds: { arrival: number; steady: number; capacity: number; limit: number },
    reports: Plan['reports'],
  ): Plan => ({
    spec: {
      ...people,
      name,
      backend,
      processes,
      candidates,
      arrivalSeconds: seconds.arrival,
      steadySeconds: seconds.steady,
      capacitySeconds: seconds.capacity,
      limitSeconds: seconds.limit,
    },
    reports,
  })
  const all = { burst: 'startBurst', steady: 'steady', capacity: 'capacity' } as const
  if (quick) {
    const short = { arrival: 10, steady: 15, capacity: 6, limit: 5 }
    return [
      plan('pglite', 'pglite', 1, 100, short, all),
      plan('postgres', 'postgres', 1, 200, short, all),
      plan(
        'two-processes',
        'postgres',
        2,
        200,
        { ...short, capacity: 0, limit: 0 },
        { steady: 'twoProcesses' },
      ),
    ]
  }
  return [
    plan('pglite', 'pglite', 1, 1000, { arrival: 60, steady: 300, capacity: 30, limit: 30 }, all),
    plan(
      'postgres',
      'postgres',
      1,
      10_000,
      { arrival: 300, steady: 300, capacity: 30, limit: 30 },
      {
        steady: 'steady',
        capacity: 'capacity',
      },
    ),
    plan(
      'postgres-burst',
      'postgres',
      1,
      2000,
      { arrival: 60, steady: 60, capacity: 0, limit: 0 },
      {
        burst: 'startBurst',
      },
    ),
    plan(
      'two-processes',
      'postgres',
      2,
      4000,
      { arrival: 120, steady: 180, capacity: 30, limit: 0 },
      {
        steady: 'twoProcesses',
      },
    ),
  ]
}

/** The line of one scenario on one backend: the figures the issue asks for, then the detail. */
function scenarioLine(
  result: RunResult,
  phase: PhaseResult,
  limitPerSec: number | null,
  limitCpu: number | null,
) {
  const { report } = phase
  const answerP99 = report.requests.answer?.p99 ?? null
  return {
    candidates: result.spec.candidates,
    answersPerSec: report.answersPerSec,
    answerP99Ms: answerP99,
    eventP95Ms: report.events.all.p95,
    errors: report.errorCount,
    peakRssMb: round(Math.max(0, ...phase.servers.map((s) => s.peakRssMb ?? 0))),
    limitRatio:
      limitPerSec && report.answersPerSec !== null ? round(report.answersPerSec / limitPerSec, 3) : null,
    // The detail.
    invigilators: Math.ceil(result.spec.candidates / result.spec.perSession),
    processes: result.spec.processes,
    seconds: report.seconds,
    answerEverySeconds: result.spec.behaviour.answerEverySeconds,
    limitPerSec,
    limitWithNotifyPerSec: result.limit?.withNotify.perSec ?? null,
    answerP50Ms: report.requests.answer?.p50 ?? null,
    answerP95Ms: report.requests.answer?.p95 ?? null,
    eventP50Ms: report.events.all.p50,
    eventP99Ms: report.events.all.p99,
    serverCpuPercent: phase.servers.map((s) => s.cpuPercent),
    postgresCpuPercent: phase.postgresCpuPercent,
    generatorCpuPercent: phase.generatorCpuPercent,
    machineCpuPercent: phase.machineCpuPercent,
    cpuMsPerAnswer: phase.cpuMsPerAnswer,
    limitCpuMsPerInsert: limitCpu,
    // The ratio the CPU costs give: what the limit ratio would be if both were bound by CPU alone.
    cpuLimitRatio: limitCpu && phase.cpuMsPerAnswer ? round(limitCpu / phase.cpuMsPerAnswer, 3) : null,
    otherCpuPercent: phase.otherCpuPercent,
    dbKbPerCandidate: result.dbBytesPerCandidate === null ? null : round(result.dbBytesPerCandidate / 1024),
    ...(phase.missedTurns !== undefined && { missedTurns: phase.missedTurns }),
    requests: report.requests,
    events: report.events,
    errorKinds: report.errors,
  }
}

function table(scenarios: Record<string, Record<string, ReturnType<typeof scenarioLine>>>): string {
  const header = [
    'scenario',
    'backend',
    'candidates',
    'answers/s',
    'answer p99 ms',
    'event p95 ms',
    'errors',
    'peak RSS MB',
    'limit ratio',
    'server CPU %',
    'other CPU %',
  ]
  const rows = Object.entries(scenarios).flatMap(([scenario, backends]) =>
    Object.entries(backends).map(([backend, l]) => [
      scenario,
      backend,
      l.candidates,
      l.answersPerSec,
      l.answerP99Ms,
      l.eventP95Ms,
      l.errors,
      l.peakRssMb,
      l.limitRatio,
      l.serverCpuPercent.join('+'),
      l.otherCpuPercent,
    ]),
  )
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '–')))
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  return cells.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n')
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      json: { type: 'boolean' },
      only: { type: 'string', multiple: true },
      profile: { type: 'string' },
      keep: { type: 'boolean' },
      'quiet-dashboards': { type: 'boolean' },
      'two-processes': { type: 'boolean' },
      'postgres-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const quick = values.quick === true
  const postgresUrl =
    values['postgres-url'] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const selected = plans(quick, values['quiet-dashboards'] !== true)
    .filter((p) => !values.only || values.only.includes(p.spec.name))
    .map((p) =>
      values['two-processes'] && p.spec.backend === 'postgres'
        ? { ...p, spec: { ...p.spec, processes: 2 as const } }
        : p,
    )
  const began = Date.now()
  const load = loadavg()
  const postgres = selected.some((p) => p.spec.backend === 'postgres')
    ? await postgresSettings(postgresUrl)
    : undefined
  if (postgres?.autovacuum === 'off') {
    log(
      'warning: autovacuum is off on this PostgreSQL server (its default is on). Without it, dead rows ' +
        'and missing statistics make every query slower as a run goes on: the figures will not be those of a ' +
        "normal server. To turn it on: psql -c 'alter system set autovacuum = on' && psql -c 'select pg_reload_conf()'",
    )
  }

  const results: RunResult[] = []
  const scenarios: Record<string, Record<string, ReturnType<typeof scenarioLine>>> = {}
  const limits: Record<string, number | null> = {}
  const limitCpus: Record<string, number | null> = {}
  for (const plan of selected) {
    const result = await run({
      ...plan.spec,
      postgresUrl,
      profileDir: values.profile ? join(values.profile, plan.spec.name) : undefined,
      keep: values.keep === true,
    })
    results.push(result)
    // A run without a limit of its own is compared with the one measured on the same backend.
    if (result.limit) {
      limits[plan.spec.backend] = result.limit.perSec
      limitCpus[plan.spec.backend] = result.limit.cpuMsPerInsert
    }
    const limit = limits[plan.spec.backend] ?? null
    for (const [phase, scenario] of Object.entries(plan.reports) as Array<
      ['burst' | 'steady' | 'capacity', ScenarioName]
    >) {
      const measured = result[phase]
      if (!measured) continue
      scenarios[scenario] ??= {}
      scenarios[scenario][plan.spec.backend] = scenarioLine(
        result,
        measured,
        limit,
        limitCpus[plan.spec.backend] ?? null,
      )
    }
  }
  const output = {
    date: new Date(began).toISOString(),
    command: `npm run bench --${quick ? ' --quick' : ''}${values['two-processes'] ? ' --two-processes' : ''}${values.json ? ' --json' : ''}`,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      loadAverageAtStart: load.map((l) => round(l, 2)),
      ...(postgres && { postgres }),
    },
    durationSeconds: Math.round((Date.now() - began) / 1000),
    scenarios,
    limits,
    runs: results,
  }
  if (values.json) process.stdout.write(`${JSON.stringify(output)}\n`)
  else {
    process.stdout.write(`${table(scenarios)}\n\n`)
    for (const result of results) {
      process.stdout.write(
        `${result.spec.name}: limit ${result.limit?.perSec ?? '–'} INSERT/s; db ${result.dbBytesPerCandidate} B/candidate; metrics ${JSON.stringify(result.metrics)}\n`,
      )
      if (result.profile) {
        const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`
        process.stdout.write(`  server CPU by layer (${result.profile.busyMs} ms on CPU):\n`)
        for (const { layer, share } of result.profile.layers)
          process.stdout.write(`    ${percent(share)}  ${layer}\n`)
        process.stdout.write('  top self time:\n')
        for (const { fn, where, share } of result.profile.functions)
          process.stdout.write(`    ${percent(share)}  ${fn}  ${where}\n`)
      }
    }
  }
  log(`done in ${output.durationSeconds} s`)
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
