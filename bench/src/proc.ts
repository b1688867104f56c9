import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc/<pid>/stat's CPU times (100 on Linux almost everywhere). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** User + system CPU seconds a process has used so far; undefined once it is gone. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS
  } catch {
    return undefined
  }
}

/** Resident memory now and at its peak (VmHWM), in MB. */
export function memory(pid: number): { rssMb: number; peakRssMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 }
  } catch {
    return undefined
  }
}

/** CPU seconds of every PostgreSQL process on the machine (the server, its backends, its workers). */
export function postgresCpuSeconds(): number {
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (!stat.includes('(postgres)')) continue
      total += cpuSeconds(Number(entry)) ?? 0
    } catch {
      // gone between the listing and the read
    }
  }
  return total
}

/** Busy and total CPU seconds of the whole machine, all cores (from /proc/stat). */
export function machineCpuSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number)
  const total = ticks.reduce((sum, t) => sum + t, 0)
  // idle and iowait are the 4th and 5th columns.
  return { busy: (total - (ticks[3] ?? 0) - (ticks[4] ?? 0)) / TICKS, total: total / TICKS }
}

/** Samples the peak resident memory of some processes while a phase runs. */
export class MemoryWatch {
  readonly #peak = new Map<number, number>()
  readonly #timer: NodeJS.Timeout

  constructor(readonly pids: number[]) {
    this.#timer = setInterval(() => this.sample(), 1000)
    this.#timer.unref()
    this.sample()
  }

  sample(): void {
    for (const pid of this.pids) {
      const rss = memory(pid)?.rssMb
      if (rss !== undefined) this.#peak.set(pid, Math.max(this.#peak.get(pid) ?? 0, rss))
    }
  }

  /** The largest resident memory sampled, per process. */
  stop(): Map<number, number> {
    clearInterval(this.#timer)
    this.sample()
    return this.#peak
  }
}
