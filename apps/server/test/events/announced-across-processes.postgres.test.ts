import { randomUUID } from 'node:crypto'
import type { LiveEvent } from '@vigie/contract'
import { sessionTopic } from '@vigie/contract'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, openPostgres } from '../../src/db/database'
import { ensureSomeBank } from '../../src/evaluation/bank-store'
import { createEventBus } from '../../src/events/bus'
import { recordEvents } from '../../src/events/publish'
import { transactionWithEvents } from '../../src/events/transaction'
import { startTestApp, type TestApp } from '../support/app'
import { centreAdmin } from '../support/centre'
import { createTestDatabase } from '../support/database'
import { answerOf, attemptClient, testRoom, type View } from '../support/room'
import { openStream } from '../support/sse'

/**
 * Two Vigie apps on one PostgreSQL database, each with its own pool, LISTEN connection and event
 * bus, as two processes have: events announced after their commit by one reach the other.
 */
const logger = pino({ level: 'silent' })
let database: Awaited<ReturnType<typeof createTestDatabase>>
let other: Database
let a: TestApp
let b: TestApp
let onB: string

beforeAll(async () => {
  database = await createTestDatabase()
  if (!database.url) throw new Error('these tests need the PostgreSQL backend')
  other = openPostgres(database.url, logger, 5)
  ;[a, b] = await Promise.all([startTestApp({ database }), startTestApp({ database: other })])
  await ensureSomeBank(database.db)
  onB = await b.app.listen({ port: 0, host: '127.0.0.1' })
}, 120_000)

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await other?.close()
  await database?.close()
})

/** A bus of its own on the second handle, to follow any topic. */
async function followOnB(checkEveryMs?: number) {
  const bus = createEventBus(other, logger, undefined, checkEveryMs ? { checkEveryMs } : {})
  await bus.start()
  const received = new Map<string, LiveEvent[]>()
  return {
    received,
    follow(topic: string) {
      received.set(topic, [])
      bus.subscribe(topic, { lastSeq: 0, send: (event) => received.get(topic)?.push(event) })
    },
    stop: () => bus.stop(),
  }
}

async function until(condition: () => boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('events announced after their commit, between processes', () => {
  it("answers through one process reach the room's dashboard on the other, each once, in order", async () => {
    const { admin, centreId } = await centreAdmin(a)
    const r = await testRoom(a, admin, centreId)
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const browser = attemptClient(a, r.candidate, attemptToken)
    const dashboard = await openStream(`${onB}/api/events/${sessionTopic(r.session.id)}`, {
      cookie: r.invigilator.cookie,
    })
    let view = test as View
    for (let questionNumber = 1; questionNumber <= 5; questionNumber++) {
      const sentAt = Date.now()
      view = (
        await browser.post(`/api/candidate/tests/${view.testId}/answers`, {
          questionNumber,
          itemId: view.question?.itemId,
          answer: answerOf(view),
        })
      ).json()
      await dashboard.waitFor(questionNumber, 1000)
      expect(dashboard.events[questionNumber - 1]?.receivedAt).toBeLessThan(sentAt + 1000)
    }
    const seqs = dashboard.events.map((e) => e.seq)
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i))
    expect(
      dashboard.events.map((e) => [e.type, (e.data as { questionNumber: number }).questionNumber]),
    ).toEqual([1, 2, 3, 4, 5].map((n) => ['test.answered', n]))
    await dashboard.close()
  })

  it('numbers concurrent writers of one topic without gaps, delivered elsewhere once each, in order', async () => {
    const onOther = await followOnB()
    const topic = `bench:${randomUUID()}`
    onOther.follow(topic)
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        transactionWithEvents(i % 2 ? database.db : other.db, (_trx, record) =>
          record(topic, 'counted', { i }),
        ),
      ),
    )
    await until(() => (onOther.received.get(topic)?.length ?? 0) >= 40, 2000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(onOther.received.get(topic)?.map((e) => e.seq)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    )
    await onOther.stop()
  })

  it('announces many topics at once in notifications under the size PostgreSQL accepts', async () => {
    const onOther = await followOnB()
    const topics = Array.from({ length: 300 }, () => `session:${randomUUID()}`)
    for (const topic of topics) onOther.follow(topic)
    await Promise.all(
      topics.map((topic) => transactionWithEvents(database.db, (_trx, record) => record(topic, 'moved', {}))),
    )
    await until(() => topics.every((topic) => onOther.received.get(topic)?.length === 1), 3000)
    await onOther.stop()
  })

  it('an event whose announcement never went out (its process died after the commit) still arrives', async () => {
    const onOther = await followOnB(200)
    const topic = `session:${randomUUID()}`
    onOther.follow(topic)
    await database.db
      .transaction()
      .execute((trx) => recordEvents(trx, [{ topic, type: 'orphan', data: { lost: false } }]))
    await until(() => onOther.received.get(topic)?.length === 1, 2000)
    expect(onOther.received.get(topic)?.[0]).toMatchObject({ seq: 1, type: 'orphan', data: { lost: false } })
    await onOther.stop()
  })
})
