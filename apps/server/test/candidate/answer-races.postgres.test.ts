import { sessionTopic } from '@vigie/contract'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureSomeBank } from '../../src/evaluation/bank-store'
import { startTestApp, type TestApp } from '../support/app'
import { centreAdmin } from '../support/centre'
import { createTestDatabase } from '../support/database'
import type { Client } from '../support/http'
import { answerOf, attemptClient, testRoom } from '../support/room'

/**
 * An answer reads its test without a lock and writes only onto the version it read
 * (`candidate/tests.ts`). These tests hold another action's transaction open between the answer's
 * read and its write, which only a server database lets a test do: a connection of the test's own
 * locks the session's event topic, so the action stops just before its commit, holding the test row.
 */
let url: string
let t: TestApp
let admin: Client
let centreId: string
let locker: pg.Client
beforeAll(async () => {
  const database = await createTestDatabase()
  if (!database.url) throw new Error('these tests need the PostgreSQL backend')
  url = database.url
  t = await startTestApp({ database })
  await ensureSomeBank(t.database.db)
  ;({ admin, centreId } = await centreAdmin(t))
  locker = new pg.Client({ connectionString: url })
  await locker.connect()
}, 120_000)
afterAll(async () => {
  await locker?.end()
  await t?.close()
  await t?.database.close()
})

async function runningTest() {
  const r = await testRoom(t, admin, centreId)
  await r.presence()
  const { attemptToken, test } = (await r.start()).json()
  const browser = attemptClient(t, r.candidate, attemptToken)
  const testUrl = `/api/candidate/tests/${test.testId}`
  const question = { questionNumber: 1, itemId: test.question.itemId }
  return {
    r,
    testId: test.testId as string,
    report: () => browser.post(`${testUrl}/signalements`, question),
    raiseCompanionAlert: () => browser.post(`${testUrl}/companion-alert`),
    answer: () => browser.post(`${testUrl}/answers`, { ...question, answer: answerOf(test) }),
    answersStored: () =>
      t.database.db.selectFrom('answers').select('item_id').where('test_id', '=', test.testId).execute(),
  }
}

/** Statements of the test's database waiting for a lock. */
async function waitingForLocks(): Promise<number> {
  const { rows } = await locker.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
     where datname = current_database() and wait_event_type = 'Lock'`,
  )
  return rows[0]?.n ?? 0
}

async function untilWaiting(n: number): Promise<void> {
  const deadline = Date.now() + 10_000
  while ((await waitingForLocks()) < n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} statements waiting for a lock`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Runs `action` until it waits on the session's event topic, then `racer` until it waits too. */
async function holdActionThenRace<A, R>(
  sessionId: string,
  action: () => Promise<A>,
  racer: () => Promise<R>,
): Promise<[A, R]> {
  await locker.query('begin')
  await locker.query('select 1 from event_topics where topic = $1 for update', [sessionTopic(sessionId)])
  const acted = action()
  await untilWaiting(1)
  const raced = racer()
  await untilWaiting(2)
  await locker.query('commit')
  return Promise.all([acted, raced])
}

describe('an answer whose test is written between its read and its write', () => {
  it('"Terminer le test" first: the answer is refused as after the end, and nothing is stored', async () => {
    const { r, testId, answer, answersStored } = await runningTest()
    const [ended, answered] = await holdActionThenRace(r.session.id, () => r.end(), answer)
    expect(ended.statusCode).toBe(204)
    expect(answered.json()).toMatchObject({ statusCode: 409, code: 'test_ended' })
    expect(await answersStored()).toEqual([])
    const row = await t.database.db
      .selectFrom('tests')
      .select('status')
      .where('id', '=', testId)
      .executeTakeFirstOrThrow()
    expect(row.status).toBe('ended_by_invigilator')
  })

  it('a report of the question first: the answer waits for the invigilator, and nothing is stored', async () => {
    const { r, testId, report, answer, answersStored } = await runningTest()
    const [reported, answered] = await holdActionThenRace(r.session.id, report, answer)
    expect(reported.json()).toMatchObject({ pausedFor: 'signalement' })
    expect(answered.json()).toMatchObject({ statusCode: 409, code: 'test_paused' })
    expect(await answersStored()).toEqual([])
    const open = await t.database.db
      .selectFrom('signalements')
      .select('question_number')
      .where('test_id', '=', testId)
      .where('decision', 'is', null)
      .execute()
    expect(open).toEqual([{ question_number: 1 }])
  })

  it('the extension lost first: the answer waits for the invigilator, and nothing is stored', async () => {
    const { r, raiseCompanionAlert, answer, answersStored } = await runningTest()
    const [raised, answered] = await holdActionThenRace(r.session.id, raiseCompanionAlert, answer)
    expect(raised.json()).toMatchObject({ pausedFor: 'extension' })
    expect(answered.json()).toMatchObject({ statusCode: 409, code: 'test_paused' })
    expect(await answersStored()).toEqual([])
  })

  it('the same answer first: the second finds it stored and gives the same next question', async () => {
    const { r, answer, answersStored } = await runningTest()
    const [first, second] = await holdActionThenRace(r.session.id, answer, answer)
    expect(first.statusCode).toBe(200)
    expect(second.statusCode).toBe(200)
    expect(second.json().question.itemId).toBe(first.json().question.itemId)
    expect(await answersStored()).toHaveLength(1)
  })
})
