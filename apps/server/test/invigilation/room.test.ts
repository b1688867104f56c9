import { candidateTopic, sessionTopic } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureSomeBank } from '../../src/evaluation/bank-store'
import { AUTHORISATION_TTL_MS } from '../../src/invigilation/presence'
import { startTestApp, type TestApp } from '../support/app'
import { centreAdmin } from '../support/centre'
import type { Client } from '../support/http'
import { answerOf, attemptClient, enteredInvigilator, testRoom, type View } from '../support/room'
import { openStream } from '../support/sse'

let t: TestApp
let admin: Client
let centreId: string
let base: string
beforeAll(async () => {
  t = await startTestApp()
  await ensureSomeBank(t.database.db)
  ;({ admin, centreId } = await centreAdmin(t))
  base = await t.app.listen({ port: 0, host: '127.0.0.1' })
}, 120_000)
afterAll(() => t.close())

async function running(extraTimePercentage = 0) {
  const r = await testRoom(t, admin, centreId, extraTimePercentage)
  await r.presence()
  const { attemptToken, test } = (await r.start()).json()
  const browser = attemptClient(t, r.candidate, attemptToken)
  const testUrl = `/api/candidate/tests/${test.testId}`
  return {
    ...r,
    test: test as View,
    browser,
    testUrl,
    alert: () => browser.post(`${testUrl}/companion-alert`),
  }
}

describe('the room as the invigilators see it', () => {
  it('follows a test from the presence to the end, with its times', async () => {
    const r = await testRoom(t, admin, centreId, 33)
    expect((await r.rows())[0]).toMatchObject({ status: 'not_started', test: null })
    await r.presence()
    const startedAt = t.clock.now()
    const { attemptToken, test } = (await r.start()).json()
    const [row] = await r.rows()
    expect(row).toMatchObject({
      status: 'in_progress',
      test: {
        status: 'started',
        startedAt: startedAt.toISOString(),
        // 105 minutes plus 33 %: 139 min 39 s.
        theoreticalEndAt: new Date(startedAt.getTime() + 105 * 1.33 * 60_000).toISOString(),
        endedAt: null,
        answered: 0,
        totalQuestions: 32,
        signalement: null,
        extensionMissingSince: null,
        resumeAuthorisedUntil: null,
      },
    })
    await attemptClient(t, r.candidate, attemptToken).post(`/api/candidate/tests/${test.testId}/answers`, {
      questionNumber: 1,
      itemId: test.question.itemId,
      answer: answerOf(test),
    })
    expect((await r.rows())[0].test.answered).toBe(1)

    await r.resume()
    const authorisedAt = t.clock.now().getTime()
    expect((await r.rows())[0]).toMatchObject({
      status: 'resume_authorised',
      test: { resumeAuthorisedUntil: new Date(authorisedAt + AUTHORISATION_TTL_MS).toISOString() },
    })
    t.clock.advance(AUTHORISATION_TTL_MS + 1000)
    expect((await r.rows())[0].status).toBe('in_progress')

    const endedAt = t.clock.now()
    await r.end()
    expect((await r.rows())[0]).toMatchObject({
      status: 'ended',
      test: { status: 'ended_by_invigilator', endedAt: endedAt.toISOString() },
    })
  })
})

describe('Extension non détectée', () => {
  it('blocks the test once per gap until an invigilator confirms, and records how long', async () => {
    const r = await running()
    const alerts = await Promise.all([r.alert(), r.alert()])
    for (const response of alerts) expect(response.json()).toMatchObject({ pausedFor: 'extension' })
    const stored = await t.database.db
      .selectFrom('companion_alerts')
      .selectAll()
      .where('test_id', '=', r.test.testId)
      .execute()
    expect(stored).toHaveLength(1)
    const [row] = await r.rows()
    expect(row).toMatchObject({
      status: 'extension',
      test: { extensionMissingSince: t.clock.now().toISOString() },
    })
    const answer = await r.browser.post(`${r.testUrl}/answers`, {
      questionNumber: 1,
      itemId: r.test.question?.itemId,
      answer: answerOf(r.test),
    })
    expect(answer.json()).toMatchObject({ statusCode: 409, code: 'test_paused' })
    expect(
      (
        await r.browser.post(`${r.testUrl}/signalements`, {
          questionNumber: 1,
          itemId: r.test.question?.itemId,
        })
      ).json(),
    ).toMatchObject({ statusCode: 409, code: 'test_paused' })

    t.clock.advance(95_000)
    const confirm = () => r.invigilator.post(`${r.candidateUrl}/extension-confirmation`)
    expect((await confirm()).statusCode).toBe(204)
    expect((await confirm()).json()).toMatchObject({ statusCode: 409 })
    expect((await r.browser.get(r.testUrl)).json()).toMatchObject({
      pausedFor: null,
      questionNumber: 1,
      question: { itemId: r.test.question?.itemId },
    })
    const journal = (await r.invigilator.get(`${r.sessionUrl}/journal`)).json()
    expect(journal.at(-1)).toMatchObject({
      action: 'extension_confirmed',
      details: { questionNumber: 1, blockedSeconds: 95 },
    })
    const events = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('topic', '=', candidateTopic(r.enrolled.id))
      .execute()
    expect(events.map((e) => e.type)).toContain('extension.confirmed')
    // A new gap raises a new alert.
    expect((await r.alert()).json()).toMatchObject({ pausedFor: 'extension' })
  })

  it('is refused once the test is over, and confirmed only by this session invigilators', async () => {
    const r = await running()
    const elsewhere = await running()
    await r.alert()
    expect((await elsewhere.invigilator.post(`${r.candidateUrl}/extension-confirmation`)).statusCode).toBe(
      404,
    )
    expect((await admin.post(`${r.candidateUrl}/extension-confirmation`)).statusCode).toBe(404)
    await r.end()
    expect((await r.alert()).json()).toMatchObject({ statusCode: 409, code: 'test_ended' })
    const fresh = await testRoom(t, admin, centreId)
    expect(
      (await fresh.invigilator.post(`${fresh.candidateUrl}/extension-confirmation`)).json(),
    ).toMatchObject({
      statusCode: 409,
    })
  })
})

describe('connections', () => {
  it("tells the invigilators when a candidate's page connects and leaves, and renews while it stays", async () => {
    const r = await running()
    const dashboard = await openStream(`${base}/api/events/${sessionTopic(r.session.id)}`, {
      cookie: r.invigilator.cookie,
    })
    t.clock.advance(5 * 60_000)
    const page = await openStream(`${base}/api/events/${candidateTopic(r.enrolled.id)}`, {
      cookie: r.candidate.cookie,
    })
    expect(page.status).toBe(200)
    await dashboard.waitFor(1)
    expect(dashboard.events[0]).toMatchObject({
      type: 'candidate.connected',
      data: { candidateId: r.enrolled.id },
    })
    const connectedAt = t.clock.now().toISOString()
    expect((await r.rows())[0].test.lastSeenAt).toBe(connectedAt)

    t.clock.advance(30_000)
    await t.connections.renew()
    const renewedAt = t.clock.now().toISOString()
    expect((await r.rows())[0].test.lastSeenAt).toBe(renewedAt)
    // Seen 10 s ago: a renewal leaves the row alone (it is fresh), 25 s ago: it renews it.
    t.clock.advance(10_000)
    await t.connections.renew()
    expect((await r.rows())[0].test.lastSeenAt).toBe(renewedAt)
    t.clock.advance(15_000)
    await t.connections.renew()
    expect((await r.rows())[0].test.lastSeenAt).toBe(t.clock.now().toISOString())

    t.clock.advance(10_000)
    await page.close()
    await dashboard.waitFor(2)
    expect(dashboard.events[1]).toMatchObject({
      type: 'candidate.disconnected',
      data: { candidateId: r.enrolled.id, at: t.clock.now().toISOString() },
    })
    expect((await r.rows())[0].test.lastSeenAt).toBe(t.clock.now().toISOString())
    // Gone: no renewal moves it any more.
    t.clock.advance(120_000)
    await t.connections.renew()
    expect(Date.parse((await r.rows())[0].test.lastSeenAt)).toBe(t.clock.now().getTime() - 120_000)
    await dashboard.close()
  })
})

describe('live', () => {
  it("an answer's event carries the candidate's row as it stands after it (the dashboard reads no room for it)", async () => {
    const r = await running()
    const dashboard = await openStream(`${base}/api/events/${sessionTopic(r.session.id)}`, {
      cookie: r.invigilator.cookie,
    })
    let view = r.test
    for (const questionNumber of [1, 2]) {
      t.clock.advance(40_000)
      const answer = await r.browser.post(`${r.testUrl}/answers`, {
        questionNumber,
        itemId: view.question?.itemId,
        answer: answerOf(view),
      })
      view = answer.json()
      await dashboard.waitFor(questionNumber)
      const [row] = await r.rows()
      expect(dashboard.events[questionNumber - 1]).toMatchObject({
        type: 'test.answered',
        data: {
          candidateId: r.enrolled.id,
          questionNumber,
          answered: row.test.answered,
          lastSeenAt: row.test.lastSeenAt,
        },
      })
      expect(row.test.answered).toBe(questionNumber)
    }
    await dashboard.close()
  })

  it("reaches a second invigilator's dashboard in under a second", async () => {
    const r = await running()
    const second = await enteredInvigilator(t, r.session)
    const dashboard = await openStream(`${base}/api/events/${sessionTopic(r.session.id)}`, {
      cookie: second.cookie,
    })
    const latencies: number[] = []
    const measure = async (action: () => Promise<unknown>, type: string) => {
      const before = Date.now()
      const count = dashboard.events.length
      await action()
      await dashboard.waitFor(count + 1, 1000)
      const event = dashboard.events[count]
      expect(event?.type).toBe(type)
      latencies.push((event?.receivedAt ?? Number.POSITIVE_INFINITY) - before)
    }
    await measure(
      () =>
        r.browser.post(`${r.testUrl}/signalements`, { questionNumber: 1, itemId: r.test.question?.itemId }),
      'signalement.reported',
    )
    const signalement = (await r.rows())[0].test.signalement
    await measure(
      () =>
        r.invigilator.post(`${r.sessionUrl}/signalements/${signalement.id}/decision`, {
          decision: 'refused',
        }),
      'signalement.decided',
    )
    await measure(() => r.resume(), 'candidate.resume_authorised')
    await measure(() => r.end(), 'test.ended')
    for (const latency of latencies) expect(latency).toBeLessThan(1000)
    await dashboard.close()
  })
})
