import { mkdirSync, rmSync } from 'node:fs'
import { type Behaviour, CandidateActor, InvigilatorActor, World } from './actors'
import { HttpError, recording, Target } from './client'
import { readMetrics } from './metrics-text'
import { cpuSeconds, MemoryWatch, machineCpuSeconds, postgresCpuSeconds } from './proc'
import { summariseProfiles } from './profile'
import { eachLimited, pgliteRunDatabase, postgresRunDatabase, type RunDatabase, seed } from './seed'
import { METRICS_TOKEN, type ServerProcess, startLimitServer, startVigie } from './servers'
import { cpuPercent, PhaseRecorder, percentile, round } from './stats'

export interface RunSpec {
  /** Names the run's database and its lines in the report. */
  name: string
  backend: 'pglite' | 'postgres'
  processes: 1 | 2
  candidates: number
  /** Candidates per session; each session has one invigilator. */
  perSession: number
  /** Every candidate arrives (signs in, joins, is let in, starts) within this many seconds. */
  arrivalSeconds: number
  /** Then everybody goes on answering for this long. */
  steadySeconds: number
  behaviour: Behaviour
  /** Then candidates answer as fast as the server lets them, for this long (0: skipped). */
  capacitySeconds: number
  /** Requests in flight in the closed loops (capacity and limit): the same for both. */
  concurrency: number
  /** The bare INSERT route, on the same database, loaded the same way (0: skipped). */
  limitSeconds: number
  postgresUrl: string
  profileDir: string | undefined
  keep: boolean
}

export interface PhaseResult {
  report: ReturnType<PhaseRecorder['report']>
  servers: Array<{ cpuPercent: number | null; peakRssMb: number | null }>
  postgresCpuPercent: number | null
  generatorCpuPercent: number | null
  /**
   * The whole machine's CPU use (100 % = one core), and what of it was neither Vigie, PostgreSQL
   * nor the load generator: other work on the machine, which the figures then undercount.
   */
  machineCpuPercent: number | null
  otherCpuPercent: number | null
  /**
   * CPU of Vigie and PostgreSQL per answer acknowledged (everything else they did in the phase
   * included: dashboards, events, sign-ins): what other work on the machine changes least.
   */
  cpuMsPerAnswer: number | null
  /** Turns a candidate missed because their previous request was still in flight. */
  missedTurns?: number
}

export interface RunResult {
  spec: Omit<RunSpec, 'postgresUrl' | 'profileDir' | 'keep'>
  seed: { seconds: number | null; passwordHashMs: number | null }
  burst: PhaseResult
  steady: PhaseResult
  capacity: PhaseResult | undefined
  limit: (RouteLimit & { withNotify: RouteLimit }) | undefined
  /** Bytes the run added to the database, per candidate (seeded rows, answers, events, sessions…). */
  dbBytesPerCandidate: number | null
  /** What each Vigie process said of itself on /metrics at the end. */
  metrics: Array<Record<string, number | null>>
  profile?: ReturnType<typeof summariseProfiles>
}

export const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Measures what the servers and the clients did while `work` ran. */
async function measured(
  name: string,
  servers: ServerProcess[],
  backend: RunSpec['backend'],
  work: () => Promise<void>,
): Promise<{ recorder: PhaseRecorder; result: () => PhaseResult }> {
  const recorder = new PhaseRecorder(name)
  recording.phase = recorder
  const pids = servers.map((s) => s.pid)
  const cpuBefore = pids.map((pid) => cpuSeconds(pid) ?? 0)
  const pgBefore = backend === 'postgres' ? postgresCpuSeconds() : 0
  const generatorBefore = process.cpuUsage()
  const machineBefore = machineCpuSeconds()
  const memoryWatch = new MemoryWatch(pids)
  await work()
  recorder.end()
  const wall = recorder.seconds
  const cpuAfter = pids.map((pid) => cpuSeconds(pid) ?? 0)
  const pgAfter = backend === 'postgres' ? postgresCpuSeconds() : 0
  const generator = process.cpuUsage(generatorBefore)
  const machineAfter = machineCpuSeconds()
  const peaks = memoryWatch.stop()
  const machine = cpuPercent(machineBefore.busy, machineAfter.busy, wall)
  const ours =
    pids.reduce((sum, _, i) => sum + cpuPercent(cpuBefore[i] ?? 0, cpuAfter[i] ?? 0, wall), 0) +
    cpuPercent(pgBefore, pgAfter, wall) +
    ((generator.user + generator.system) / 1e6 / wall) * 100
  return {
    recorder,
    result: () => ({
      // `all`: from a candidate's action to the invigilator's stream; the decisions reaching candidates apart.
      report: recorder.report((kind) => kind !== 'decided'),
      servers: pids.map((pid, i) => ({
        cpuPercent: round(cpuPercent(cpuBefore[i] ?? 0, cpuAfter[i] ?? 0, wall)),
        peakRssMb: round(peaks.get(pid) ?? null),
      })),
      postgresCpuPercent: backend === 'postgres' ? round(cpuPercent(pgBefore, pgAfter, wall)) : null,
      generatorCpuPercent: round(((generator.user + generator.system) / 1e6 / wall) * 100),
      machineCpuPercent: round(machine),
      otherCpuPercent: round(Math.max(0, machine - ours)),
      cpuMsPerAnswer: recorder.answers
        ? round(
            ((pids.reduce((sum, _, i) => sum + ((cpuAfter[i] ?? 0) - (cpuBefore[i] ?? 0)), 0) +
              pgAfter -
              pgBefore) *
              1000) /
              recorder.answers,
            2,
          )
        : null,
    }),
  }
}

interface RouteLimit {
  perSec: number | null
  p99Ms: number | null
  errors: number
  serverCpuPercent: number | null
  postgresCpuPercent: number | null
  /** CPU of the route's server and PostgreSQL per INSERT: what other work on the machine does not change much. */
  cpuMsPerInsert: number | null
}

/**
 * The bare INSERT route, loaded by `concurrency` clients in a closed loop like the capacity phase;
 * then the same INSERT with a NOTIFY in its transaction, to see what NOTIFY costs a commit.
 */
async function measureLimit(database: RunDatabase, spec: RunSpec): Promise<RunResult['limit']> {
  const server = await startLimitServer(database.env)
  const target = new Target(server.url, spec.concurrency)
  const body = { questionNumber: 7, itemId: 'bench-item-0000', answer: { kind: 'choices', choiceIds: ['a'] } }
  const loop = async (path: string, until: number, recorder?: PhaseRecorder) => {
    await Promise.all(
      Array.from({ length: spec.concurrency }, async () => {
        while (performance.now() < until) {
          const sent = performance.now()
          try {
            const reply = await target.request('POST', path, { origin: server.url }, body)
            if (reply.status === 200) {
              recorder?.request('insert', performance.now() - sent)
              if (recorder) recorder.answers++
            } else recorder?.error(`insert: ${reply.status}`)
          } catch (error) {
            recorder?.error(`insert: ${(error as Error).message}`)
          }
        }
      }),
    )
  }
  const measure = async (path: string): Promise<RouteLimit> => {
    await loop(path, performance.now() + 1000) // warm-up, not counted
    const recorder = new PhaseRecorder(path)
    const before = cpuSeconds(server.pid) ?? 0
    const pgBefore = database.backend === 'postgres' ? postgresCpuSeconds() : 0
    await loop(path, performance.now() + spec.limitSeconds * 1000, recorder)
    recorder.end()
    const serverCpu = (cpuSeconds(server.pid) ?? 0) - before
    const pgCpu = database.backend === 'postgres' ? postgresCpuSeconds() - pgBefore : 0
    const report = recorder.report()
    const inserts = [...(recorder.latencies.get('insert') ?? [])].sort((a, b) => a - b)
    return {
      perSec: report.answersPerSec,
      p99Ms: round(percentile(inserts, 99)),
      errors: report.errorCount,
      serverCpuPercent: round(cpuPercent(0, serverCpu, recorder.seconds)),
      postgresCpuPercent:
        database.backend === 'postgres' ? round(cpuPercent(0, pgCpu, recorder.seconds)) : null,
      cpuMsPerInsert: recorder.answers ? round(((serverCpu + pgCpu) * 1000) / recorder.answers, 3) : null,
    }
  }
  try {
    const insert = await measure('/limit')
    return { ...insert, withNotify: await measure('/limit-notify') }
  } finally {
    target.close()
    await server.stop()
  }
}

export async function run(spec: RunSpec): Promise<RunResult> {
  log(`${spec.name}: ${spec.candidates} candidates on ${spec.backend}, ${spec.processes} process(es)`)
  const database =
    spec.backend === 'pglite'
      ? await pgliteRunDatabase(spec.name)
      : await postgresRunDatabase(spec.postgresUrl, spec.name)
  const sizeBefore = await database.size()
  const seeding = await database.open()
  let seeded: Awaited<ReturnType<typeof seed>>
  try {
    seeded = await seed(seeding, { candidates: spec.candidates, perSession: spec.perSession, run: spec.name })
  } finally {
    await seeding.close()
  }
  log(`${spec.name}: seeded ${seeded.sessions.length} sessions in ${seeded.seconds.toFixed(1)} s`)

  if (spec.profileDir) {
    rmSync(spec.profileDir, { recursive: true, force: true })
    mkdirSync(spec.profileDir, { recursive: true })
  }
  const servers: ServerProcess[] = []
  let candidates: CandidateActor[] = []
  let invigilators: InvigilatorActor[] = []
  const targets: Target[] = []
  try {
    const first = await startVigie(database.env, { cpuProfileDir: spec.profileDir })
    servers.push(first)
    if (spec.processes === 2) servers.push(await startVigie(database.env, { cpuProfileDir: spec.profileDir }))
    targets.push(...servers.map((s) => new Target(s.url)))
    log(`${spec.name}: Vigie listening on ${servers.map((s) => s.url).join(', ')}`)

    const world = new World(spec.behaviour)
    // Two processes: a session's candidates on one, its invigilator on the other, so every event crosses.
    invigilators = seeded.sessions.map(
      (session, s) => new InvigilatorActor(world, session, targets[(s + 1) % targets.length] as Target),
    )
    candidates = seeded.sessions.flatMap((session, s) =>
      session.candidates.map(
        (person) =>
          new CandidateActor(
            world,
            person,
            session,
            targets[s % targets.length] as Target,
            () => invigilators[s] as InvigilatorActor,
          ),
      ),
    )
    const sweeper = setInterval(() => world.sweepLost(), 5000)

    // The invigilators are in their rooms before the candidates come (not measured).
    recording.phase = new PhaseRecorder('setup')
    await eachLimited(invigilators, 8, (invigilator) => invigilator.enter())
    if (recording.phase.errorCount)
      throw new Error(`invigilators could not enter: ${JSON.stringify(recording.phase.errors)}`)
    log(`${spec.name}: ${invigilators.length} invigilators watching`)

    const burst = await measured('burst', servers, spec.backend, async () => {
      const order = [...candidates].sort(() => Math.random() - 0.5)
      const spacing = (spec.arrivalSeconds * 1000) / order.length
      await Promise.all(
        order.map(async (candidate, i) => {
          await sleep(i * spacing)
          try {
            await candidate.arrive()
            candidate.answerPeriodically(spec.behaviour.answerEverySeconds)
          } catch (error) {
            if (!(error instanceof HttpError)) throw error
          }
        }),
      )
    })
    const running = candidates.filter((c) => c.running).length
    log(
      `${spec.name}: ${running} of ${candidates.length} candidates started in ${burst.recorder.seconds.toFixed(1)} s`,
    )

    const missedBefore = candidates.reduce((n, c) => n + c.missedTurns, 0)
    const steady = await measured('steady', servers, spec.backend, () => sleep(spec.steadySeconds * 1000))
    const missed = candidates.reduce((n, c) => n + c.missedTurns, 0) - missedBefore
    log(`${spec.name}: steady phase over, ${steady.recorder.answers} answers`)

    for (const candidate of candidates) candidate.stopAnswering()
    let capacity: Awaited<ReturnType<typeof measured>> | undefined
    if (spec.capacitySeconds > 0) {
      for (let waited = 0; candidates.some((c) => c.busy) && waited < 10_000; waited += 50) await sleep(50)
      capacity = await measured('capacity', servers, spec.backend, async () => {
        const deadline = performance.now() + spec.capacitySeconds * 1000
        let next = 0
        const pick = () => {
          for (let tried = 0; tried < candidates.length; tried++) {
            const candidate = candidates[next++ % candidates.length] as CandidateActor
            if (!candidate.busy && candidate.running && !candidate.paused) return candidate
          }
          return undefined
        }
        await Promise.all(
          Array.from({ length: spec.concurrency }, async () => {
            while (performance.now() < deadline) {
              const candidate = pick()
              if (!candidate) {
                if (!candidates.some((c) => c.running && !c.paused)) return
                await sleep(10)
                continue
              }
              await candidate.turn(false)
            }
          }),
        )
      })
      log(`${spec.name}: capacity phase over, ${capacity.recorder.answers} answers`)
    }

    // Events of the last actions may still be on their way: wait a little, then count the rest as lost.
    for (let waited = 0; world.awaited.size > 0 && waited < 5000; waited += 100) await sleep(100)
    world.sweepLost(0)
    clearInterval(sweeper)

    const metrics: RunResult['metrics'] = []
    for (const server of servers) {
      const response = await fetch(`${server.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      })
      metrics.push(readMetrics(await response.text()))
    }

    for (const candidate of candidates) candidate.close()
    for (const invigilator of invigilators) invigilator.close()
    for (const target of targets) target.close()
    await Promise.all(servers.map((s) => s.stop()))
    servers.length = 0

    const sizeAfter = await database.size()
    const limit = spec.limitSeconds > 0 ? await measureLimit(database, spec) : undefined
    if (limit) {
      log(`${spec.name}: bare INSERT route: ${limit.perSec} per s (with NOTIFY: ${limit.withNotify.perSec})`)
    }
    const { postgresUrl: _u, profileDir: _p, keep: _k, ...shown } = spec
    return {
      spec: shown,
      seed: { seconds: round(seeded.seconds), passwordHashMs: round(seeded.hashMs) },
      burst: burst.result(),
      steady: { ...steady.result(), missedTurns: missed },
      capacity: capacity?.result(),
      limit,
      dbBytesPerCandidate: Math.round((sizeAfter - sizeBefore) / spec.candidates),
      metrics,
      ...(spec.profileDir && { profile: summariseProfiles(spec.profileDir) }),
    }
  } catch (error) {
    for (const server of servers) process.stderr.write(`--- ${server.url} output ---\n${server.output()}\n`)
    throw error
  } finally {
    recording.phase = undefined
    for (const candidate of candidates) candidate.close()
    for (const invigilator of invigilators) invigilator.close()
    for (const target of targets) target.close()
    await Promise.all(servers.map((s) => s.stop()))
    if (!spec.keep) await database.drop()
  }
}
