import { describe, expect, it } from 'vitest'
import { readMetrics } from './metrics-text'
import { cpuPercent, PhaseRecorder, percentile, summarise } from './stats'

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1)

  it('is a measured value: the smallest with at least p % of the values at or below it', () => {
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred, 100)).toBe(100)
    expect(percentile([1, 2, 3], 50)).toBe(2)
    expect(percentile([1, 2, 3, 4], 50)).toBe(2)
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 1000], 95)).toBe(1000)
  })

  it('handles the edges', () => {
    expect(percentile([], 99)).toBeNull()
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([7, 8], 0)).toBe(7)
  })
})

describe('summarise', () => {
  it('sorts a copy and gives count, percentiles, max and mean', () => {
    const values = [5, 1, 4, 2, 3]
    expect(summarise(values)).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5, mean: 3 })
    expect(values).toEqual([5, 1, 4, 2, 3])
    expect(summarise([])).toEqual({ count: 0, p50: null, p95: null, p99: null, max: null, mean: null })
  })
})

describe('PhaseRecorder', () => {
  it('summarises by kind, keeps the decisions out of "all" when asked, and adds up errors', () => {
    const phase = new PhaseRecorder('steady')
    for (let i = 1; i <= 10; i++) phase.request('answer', i)
    phase.event('answered', 100)
    phase.event('answered', 300)
    phase.event('decided', 5000)
    phase.error('answer: 409 test_paused')
    phase.error('answer: 409 test_paused')
    phase.error('event lost: answered')
    phase.answers = 10
    phase.end()
    const report = phase.report((kind) => kind !== 'decided')
    expect(report.requests.answer).toMatchObject({ count: 10, p50: 5, p99: 10, max: 10, mean: 5.5 })
    expect(report.events.all).toMatchObject({ count: 2, p50: 100, p95: 300 })
    expect(report.events.decided).toMatchObject({ count: 1, p50: 5000 })
    expect(report.errors).toEqual({ 'answer: 409 test_paused': 2, 'event lost: answered': 1 })
    expect(report.errorCount).toBe(3)
  })
})

describe('cpuPercent', () => {
  it('is CPU seconds over wall seconds, in % of one core', () => {
    expect(cpuPercent(10, 13, 2)).toBe(150)
    expect(cpuPercent(10, 13, 0)).toBe(0)
  })
})

describe('readMetrics', () => {
  it('reads counters and a bucket bound for the p95 of the event lag', () => {
    const text = [
      'vigie_answers_stored_total 42',
      'vigie_event_streams_open 7',
      'vigie_event_delivery_lag_seconds_bucket{le="0.01"} 50',
      'vigie_event_delivery_lag_seconds_bucket{le="0.025"} 90',
      'vigie_event_delivery_lag_seconds_bucket{le="0.05"} 96',
      'vigie_event_delivery_lag_seconds_bucket{le="+Inf"} 100',
      'vigie_event_delivery_lag_seconds_sum 2',
      'vigie_event_delivery_lag_seconds_count 100',
      'process_resident_memory_bytes 104857600',
      'vigie_http_request_duration_seconds_sum{method="POST",route="/api/candidate/tests/:testId/answers",status="200"} 3',
      'vigie_http_request_duration_seconds_count{method="POST",route="/api/candidate/tests/:testId/answers",status="200"} 200',
      'vigie_http_request_duration_seconds_sum{method="POST",route="/api/candidate/tests/:testId/answers",status="409"} 9',
      'vigie_http_request_duration_seconds_count{method="POST",route="/api/candidate/tests/:testId/answers",status="409"} 1',
    ].join('\n')
    expect(readMetrics(text)).toMatchObject({
      answersStored: 42,
      streamsOpen: 7,
      eventsDelivered: 100,
      eventLagMeanMs: 20,
      eventLagP95AtMostMs: 50,
      rssMb: 100,
      answerServerMeanMs: 15,
      dbConnectionsActive: null,
    })
  })
})
