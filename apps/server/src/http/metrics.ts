import { createHash, timingSafeEqual } from 'node:crypto'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Database } from '../db/database'
import { notFound } from './errors'

/** Seconds: from a fast indexed read to a request stuck behind a saturated pool. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
/** Seconds: a live event is expected within a second; beyond 30 s a client is catching up. */
const LAG_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

const ANSWERS_ROUTE = '/api/candidate/tests/:testId/answers'

class Histogram {
  readonly counts: number[]
  sum = 0
  count = 0

  constructor(readonly buckets: number[]) {
    this.counts = buckets.map(() => 0)
  }

  observe(value: number): void {
    this.sum += value
    this.count++
    const index = this.buckets.findIndex((upper) => value <= upper)
    if (index >= 0) this.counts[index] = (this.counts[index] ?? 0) + 1
  }

  /** The Prometheus lines of this histogram: cumulative buckets, then sum and count. */
  lines(name: string, labels: string): string[] {
    const sep = labels ? ',' : ''
    const lines: string[] = []
    let cumulative = 0
    this.buckets.forEach((upper, i) => {
      cumulative += this.counts[i] ?? 0
      lines.push(`${name}_bucket{${labels}${sep}le="${upper}"} ${cumulative}`)
    })
    lines.push(`${name}_bucket{${labels}${sep}le="+Inf"} ${this.count}`)
    const suffix = labels ? `{${labels}}` : ''
    lines.push(`${name}_sum${suffix} ${this.sum}`, `${name}_count${suffix} ${this.count}`)
    return lines
  }
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')

const digest = (text: string) => createHash('sha256').update(text).digest()

export interface Metrics {
  /** Told by the event bus when it hands a committed event to this process's streams. */
  eventDelivered(at: string): void
}

export interface MetricsOptions {
  /** Absent: no metrics are gathered and `/metrics` answers 404, as any unknown path. */
  token: string | undefined
  database: Database
  /** Read at each scrape: the streams are built after the hooks. */
  openStreams: () => number
}

/**
 * `GET /metrics` in the Prometheus text format, off unless METRICS_TOKEN is set and then only
 * for `Authorization: Bearer <token>`. Latency is labelled by route pattern, never by raw URL,
 * so that the number of series stays bounded whatever clients send.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): Metrics {
  const { token, database } = options
  const requests = new Map<string, { labels: string; histogram: Histogram }>()
  const lag = new Histogram(LAG_BUCKETS)
  let answersStored = 0

  app.get('/metrics', async (request, reply) => {
    if (!token) throw notFound(`GET ${request.url.split('?')[0]}`)
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    // Compared as digests: equal lengths for timingSafeEqual, and no timing hint about the token.
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      return reply.status(401).header('www-authenticate', 'Bearer realm="metrics"').send({
        statusCode: 401,
        code: 'not_authenticated',
        message: 'Send the metrics token as a Bearer token.',
      })
    }
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(await exposition())
  })
  if (!token) return { eventDelivered: () => {} }

  const loopDelay = monitorEventLoopDelay({ resolution: 20 })
  loopDelay.enable()
  app.addHook('onClose', async () => loopDelay.disable())

  app.addHook('onResponse', async (request, reply) => {
    // An event stream's "response" lasts as long as the stream: it is counted as an open stream instead.
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/event-stream')) return
    const route = request.routeOptions.url ?? 'unmatched'
    const status = reply.statusCode
    const key = `${request.method} ${route} ${status}`
    let series = requests.get(key)
    if (!series) {
      series = {
        labels: `method="${request.method}",route="${escapeLabel(route)}",status="${status}"`,
        histogram: new Histogram(LATENCY_BUCKETS),
      }
      requests.set(key, series)
    }
    series.histogram.observe(reply.elapsedTime / 1000)
    if (status === 200 && request.method === 'POST' && route === ANSWERS_ROUTE) answersStored++
  })

  /** Connections to the database by state, PostgreSQL only (PGlite has a single in-process one). */
  async function connections(): Promise<string[]> {
    if (database.backend !== 'postgres') return []
    const { rows } = await sql<{ state: string | null; count: number }>`
      select coalesce(state, 'unknown') as state, count(*)::int as count
      from pg_stat_activity where datname = current_database() group by 1 order by 1`.execute(database.db)
    return [
      '# HELP vigie_db_connections Connections to the database by state, from every process (pg_stat_activity).',
      '# TYPE vigie_db_connections gauge',
      ...rows.map((r) => `vigie_db_connections{state="${escapeLabel(r.state ?? 'unknown')}"} ${r.count}`),
    ]
  }

  async function exposition(): Promise<string> {
    const cpu = process.cpuUsage()
    const lines = [
      '# HELP vigie_http_request_duration_seconds Time to answer a request, by route pattern, method and status.',
      '# TYPE vigie_http_request_duration_seconds histogram',
      ...[...requests.values()].flatMap((s) =>
        s.histogram.lines('vigie_http_request_duration_seconds', s.labels),
      ),
      '# HELP vigie_event_streams_open Live event streams open on this process.',
      '# TYPE vigie_event_streams_open gauge',
      `vigie_event_streams_open ${options.openStreams()}`,
      '# HELP vigie_event_delivery_lag_seconds From the start of the transaction that committed an event to its delivery to this process’s streams.',
      '# TYPE vigie_event_delivery_lag_seconds histogram',
      ...lag.lines('vigie_event_delivery_lag_seconds', ''),
      '# HELP vigie_answers_stored_total Answers acknowledged to candidates (200 on the answers route).',
      '# TYPE vigie_answers_stored_total counter',
      `vigie_answers_stored_total ${answersStored}`,
      ...(await connections().catch(() => [])),
      '# HELP process_cpu_seconds_total User and system CPU time of this process.',
      '# TYPE process_cpu_seconds_total counter',
      `process_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}`,
      '# HELP process_resident_memory_bytes Resident memory of this process.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
      '# HELP nodejs_eventloop_delay_p99_seconds 99th percentile of the event loop delay since start.',
      '# TYPE nodejs_eventloop_delay_p99_seconds gauge',
      `nodejs_eventloop_delay_p99_seconds ${loopDelay.percentile(99) / 1e9}`,
    ]
    return `${lines.join('\n')}\n`
  }

  return {
    eventDelivered(at: string) {
      lag.observe(Math.max(0, Date.now() - Date.parse(at)) / 1000)
    },
  }
}
