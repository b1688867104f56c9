/** Latencies and counts of one phase of a run, and their summaries. */

export interface Summary {
  count: number
  p50: number | null
  p95: number | null
  p99: number | null
  max: number | null
  mean: number | null
}

/**
 * The nearest-rank percentile of values sorted ascending: the smallest value such that at least
 * p % of the values are at or below it. No interpolation, so it is always a value that was
 * measured, and p99 of 100 values is the 99th, not a blend of the two slowest.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  if (p <= 0) return sorted[0] ?? null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(rank, sorted.length) - 1] ?? null
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const sum = sorted.reduce((total, v) => total + v, 0)
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? null,
    mean: sorted.length ? sum / sorted.length : null,
  }
}

/** Rounded for reading: milliseconds to 0.1, rates to 0.1, ratios to 0.001. */
export const round = (value: number | null, digits = 1): number | null =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits

/** What the clients saw during one phase: latency per request kind, events, errors. */
export class PhaseRecorder {
  readonly latencies = new Map<string, number[]>()
  readonly eventLatencies = new Map<string, number[]>()
  readonly errors = new Map<string, number>()
  /** Answers acknowledged (200 on the answers route). */
  answers = 0
  startedAt = performance.now()
  endedAt: number | undefined

  constructor(readonly name: string) {}

  request(kind: string, ms: number): void {
    push(this.latencies, kind, ms)
  }

  event(kind: string, ms: number): void {
    push(this.eventLatencies, kind, ms)
  }

  error(what: string): void {
    this.errors.set(what, (this.errors.get(what) ?? 0) + 1)
  }

  end(): void {
    this.endedAt ??= performance.now()
  }

  get seconds(): number {
    return ((this.endedAt ?? performance.now()) - this.startedAt) / 1000
  }

  get errorCount(): number {
    let total = 0
    for (const count of this.errors.values()) total += count
    return total
  }

  /** `inAll`: which event kinds the `all` summary covers (all of them by default). */
  report(inAll: (kind: string) => boolean = () => true) {
    const byKind = (map: Map<string, number[]>) =>
      Object.fromEntries(
        [...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, roundSummary(summarise(v))]),
      )
    const allEvents = [...this.eventLatencies].filter(([kind]) => inAll(kind)).flatMap(([, v]) => v)
    return {
      seconds: round(this.seconds),
      answers: this.answers,
      answersPerSec: round(this.answers / Math.max(this.seconds, 1e-9)),
      requests: byKind(this.latencies),
      events: { ...byKind(this.eventLatencies), all: roundSummary(summarise(allEvents)) } as Record<
        string,
        Summary
      > & {
        all: Summary
      },
      errors: Object.fromEntries([...this.errors].sort(([a], [b]) => a.localeCompare(b))),
      errorCount: this.errorCount,
    }
  }
}

const roundSummary = (s: Summary): Summary => ({
  count: s.count,
  p50: round(s.p50),
  p95: round(s.p95),
  p99: round(s.p99),
  max: round(s.max),
  mean: round(s.mean),
})

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** CPU use between two readings of cumulated CPU seconds, in % of one core. */
export const cpuPercent = (cpuSecondsBefore: number, cpuSecondsAfter: number, wallSeconds: number) =>
  wallSeconds > 0 ? ((cpuSecondsAfter - cpuSecondsBefore) / wallSeconds) * 100 : 0
