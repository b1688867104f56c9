import { round } from './stats'

const ANSWERS_ROUTE = '/api/candidate/tests/:testId/answers'

/** What the bench keeps of a Vigie process's own view of the run. */
export function readMetrics(text: string): Record<string, number | null> {
  const value = (series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `))
    return line === undefined ? null : Number(line.slice(series.length + 1))
  }
  // p95 of the delivery lag, as the upper bound of the bucket where 95 % of the events fall.
  const buckets = [...text.matchAll(/^vigie_event_delivery_lag_seconds_bucket\{le="([^"]+)"\} (\d+)$/gm)].map(
    (m) => ({ le: m[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m[1]), count: Number(m[2]) }),
  )
  const total = buckets.at(-1)?.count ?? 0
  const p95 = total ? buckets.find((b) => b.count >= 0.95 * total)?.le : undefined
  const lagSum = value('vigie_event_delivery_lag_seconds_sum')
  // The server's own time for the answers it stored (status 200), to set beside the client's: a
  // gap between them is time spent before the request reached Fastify (sockets, accept queue).
  const answers = (suffix: 'sum' | 'count') =>
    text
      .split('\n')
      .filter((l) =>
        l.startsWith(
          `vigie_http_request_duration_seconds_${suffix}{method="POST",route="${ANSWERS_ROUTE}",status="200"}`,
        ),
      )
      .reduce((total, l) => total + Number(l.slice(l.lastIndexOf(' ') + 1)), 0)
  const answerCount = answers('count')
  return {
    answersStored: value('vigie_answers_stored_total'),
    streamsOpen: value('vigie_event_streams_open'),
    eventsDelivered: total,
    eventLagMeanMs: total && lagSum !== null ? round((lagSum / total) * 1000) : null,
    eventLagP95AtMostMs: p95 === undefined ? null : Number.isFinite(p95) ? p95 * 1000 : null,
    answerServerMeanMs: answerCount ? round((answers('sum') / answerCount) * 1000) : null,
    rssMb: round((value('process_resident_memory_bytes') ?? 0) / 2 ** 20),
    cpuSeconds: round(value('process_cpu_seconds_total')),
    eventLoopDelayP99Ms: round((value('nodejs_eventloop_delay_p99_seconds') ?? 0) * 1000),
    dbConnectionsActive: value('vigie_db_connections{state="active"}'),
    dbConnectionsIdle: value('vigie_db_connections{state="idle"}'),
  }
}
