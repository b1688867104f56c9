import { ATTEMPT_TOKEN_HEADER } from '@vigie/contract'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type Vigie } from '../../src/app'
import type { Database } from '../../src/db/database'
import { ensureSomeBank } from '../../src/evaluation/bank-store'
import { capturingMailer, PUBLIC_URL, startTestApp, type TestApp, testClock } from '../support/app'
import { centreAdmin } from '../support/centre'
import { createTestDatabase } from '../support/database'
import { answerOf, testRoom, type View } from '../support/room'
import { openStream } from '../support/sse'

const TOKEN = 'metrics-token-for-the-tests'

/** The real app with metrics on; the rest as `startTestApp` builds it. */
async function startWithMetrics(database: Database): Promise<TestApp> {
  const clock = testClock(new Date())
  const mailer = capturingMailer()
  const vigie: Vigie = await buildApp({
    database,
    logger: pino({ level: 'silent' }),
    clock,
    mailer,
    publicUrl: PUBLIC_URL,
    secret: 'test-secret-that-is-long-enough-to-sign-cookies',
    webDist: '/nonexistent',
    metricsToken: TOKEN,
  })
  await vigie.app.ready()
  return { ...vigie, database, clock, mailer, close: () => vigie.app.close() }
}

const scrape = (t: TestApp, authorization?: string) =>
  t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} })

/** The value of one sample line, e.g. `vigie_answers_stored_total`. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('metrics off (no METRICS_TOKEN)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp()
  })
  afterAll(() => t.close())

  it('answers 404, as an unknown path, whatever the authorization', async () => {
    expect((await scrape(t)).statusCode).toBe(404)
    expect((await scrape(t, `Bearer ${TOKEN}`)).statusCode).toBe(404)
  })
})

describe('metrics on', () => {
  let database: Database
  let t: TestApp
  let base: string
  beforeAll(async () => {
    database = await createTestDatabase()
    await ensureSomeBank(database.db)
    t = await startWithMetrics(database)
    base = await t.app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await t.close()
    await database.close()
  })

  it('wants the token as a Bearer token', async () => {
    const missing = await scrape(t)
    expect(missing.statusCode).toBe(401)
    expect(missing.headers['www-authenticate']).toContain('Bearer')
    expect((await scrape(t, 'Bearer not-the-token')).statusCode).toBe(401)
    expect((await scrape(t, TOKEN)).statusCode).toBe(401)
    const ok = await scrape(t, `Bearer ${TOKEN}`)
    expect(ok.statusCode).toBe(200)
    expect(ok.headers['content-type']).toContain('text/plain; version=0.0.4')
  })

  it('times requests by route pattern, counts answers, open streams and event lag', async () => {
    const { admin, centreId } = await centreAdmin(t)
    const room = await testRoom(t, admin, centreId)
    await room.presence()
    const started = (await room.start()).json() as { attemptToken: string; test: View }
    const roomStream = await openStream(`${base}/api/events/session:${room.session.id}`, {
      cookie: room.invigilator.cookie,
    })
    const answer = (view: View) =>
      t.app.inject({
        method: 'POST',
        url: `/api/candidate/tests/${view.testId}/answers`,
        headers: {
          cookie: room.candidate.cookie as string,
          origin: PUBLIC_URL,
          [ATTEMPT_TOKEN_HEADER]: started.attemptToken,
        },
        payload: {
          questionNumber: view.questionNumber,
          itemId: view.question?.itemId,
          answer: answerOf(view),
        },
      })
    const first = await answer(started.test)
    expect(first.statusCode).toBe(200)
    const second = await answer(first.json())
    expect(second.statusCode).toBe(200)
    // Sent again, an answer is acknowledged again (counted); a refused one is timed, not counted.
    expect((await answer(started.test)).statusCode).toBe(200)
    expect((await answer({ ...first.json(), questionNumber: 9 })).statusCode).toBe(409)
    await roomStream.waitFor(2)

    const text = (await scrape(t, `Bearer ${TOKEN}`)).body
    expect(sample(text, 'vigie_answers_stored_total')).toBe(3)
    expect(sample(text, 'vigie_event_streams_open')).toBe(1)
    expect(
      sample(
        text,
        'vigie_http_request_duration_seconds_count{method="POST",route="/api/candidate/tests/:testId/answers",status="200"}',
      ),
    ).toBe(3)
    expect(
      sample(
        text,
        'vigie_http_request_duration_seconds_bucket{method="POST",route="/api/candidate/tests/:testId/answers",status="409",le="+Inf"}',
      ),
    ).toBe(1)
    // Never the raw URL: one series per pattern, whatever ids clients send.
    expect(text).not.toContain(started.test.testId)
    expect(text).not.toContain('/api/events/')
    expect(sample(text, 'vigie_event_delivery_lag_seconds_count')).toBeGreaterThanOrEqual(2)
    expect(text).toContain('# TYPE vigie_http_request_duration_seconds histogram')
    if (database.backend === 'postgres') expect(text).toMatch(/^vigie_db_connections\{state="active"\} \d+$/m)

    await roomStream.close()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const after = (await scrape(t, `Bearer ${TOKEN}`)).body
    expect(sample(after, 'vigie_event_streams_open')).toBe(0)
    expect(after).not.toContain('/api/events/')
  })

  it('labels unknown paths as one series', async () => {
    await t.app.inject({ method: 'GET', url: '/api/nothing-here-1' })
    await t.app.inject({ method: 'GET', url: '/api/nothing-here-2' })
    const text = (await scrape(t, `Bearer ${TOKEN}`)).body
    expect(
      sample(text, 'vigie_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}'),
    ).toBe(2)
    expect(text).not.toContain('nothing-here')
  })
})
