import { candidateTopic } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestState } from '../../src/evaluation/engine'
import type { TestApp } from '../support/app'
import { centreApp } from '../support/centre'
import type { Client } from '../support/http'
import {
  answerOf,
  attemptClient,
  enteredInvigilator,
  type TestRoom,
  testRoom,
  type View,
} from '../support/room'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  ;({ t, admin, centreId } = await centreApp())
}, 120_000)
afterAll(() => t.close())

/** A started test: the room, the candidate's browser and the first question. */
async function running() {
  const r = await testRoom(t, admin, centreId)
  await r.presence()
  const { attemptToken, test } = (await r.start()).json()
  const browser = attemptClient(t, r.candidate, attemptToken)
  const testUrl = `/api/candidate/tests/${test.testId}`
  const report = (view: View) =>
    browser.post(`${testUrl}/signalements`, {
      questionNumber: view.questionNumber,
      itemId: view.question?.itemId,
    })
  const answer = (view: View) =>
    browser.post(`${testUrl}/answers`, {
      questionNumber: view.questionNumber,
      itemId: view.question?.itemId,
      answer: answerOf(view),
    })
  const openSignalement = async () =>
    (await r.rows())[0].test.signalement as { id: string; categories: string[] }
  const decide = (signalementId: string, body: object, who: Client = r.invigilator) =>
    who.post(`${r.sessionUrl}/signalements/${signalementId}/decision`, body)
  const state = async () =>
    (
      await t.database.db
        .selectFrom('tests')
        .select('state')
        .where('id', '=', test.testId)
        .executeTakeFirstOrThrow()
    ).state as TestState
  return { ...r, test: test as View, browser, testUrl, report, answer, openSignalement, decide, state }
}

async function candidateEvents(r: TestRoom) {
  return t.database.db
    .selectFrom('events')
    .select(['type', 'data'])
    .where('topic', '=', candidateTopic(r.enrolled.id))
    .orderBy('seq')
    .execute()
}

describe('Signaler un problème avec la question', () => {
  it('pauses the answers until an invigilator decides; reporting again changes nothing', async () => {
    const r = await running()
    const reports = await Promise.all([r.report(r.test), r.report(r.test), r.report(r.test)])
    for (const response of reports)
      expect(response.json()).toMatchObject({ pausedFor: 'signalement', questionNumber: 1 })
    const stored = await t.database.db
      .selectFrom('signalements')
      .selectAll()
      .where('test_id', '=', r.test.testId)
      .execute()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ question_number: 1, item_id: r.test.question?.itemId, decision: null })

    expect((await r.answer(r.test)).json()).toMatchObject({ statusCode: 409, code: 'test_paused' })
    expect((await r.browser.get(r.testUrl)).json()).toMatchObject({ pausedFor: 'signalement' })
    const [row] = await r.rows()
    expect(row).toMatchObject({ status: 'signalement', test: { signalement: { questionNumber: 1 } } })
  })

  it('only about the question on screen, not once it is answered, not after the end', async () => {
    const r = await running()
    const second: View = (await r.answer(r.test)).json()
    expect((await r.report(r.test)).json()).toMatchObject({ statusCode: 409, code: 'not_current_question' })
    await r.end()
    expect((await r.report(second)).json()).toMatchObject({ statusCode: 409, code: 'test_ended' })
  })

  it('validated: the question is neutralised and the candidate gets another with the same number, live', async () => {
    const r = await running()
    await r.report(r.test)
    const signalement = await r.openSignalement()
    expect(signalement.categories).toEqual(expect.arrayContaining(['E11', 'E12']))
    expect((await r.decide(signalement.id, { decision: 'validated', category: 'E11' })).statusCode).toBe(204)

    const after: View = (await r.browser.get(r.testUrl)).json()
    expect(after).toMatchObject({ questionNumber: 1, pausedFor: null, status: 'started' })
    expect(after.question?.itemId).not.toBe(r.test.question?.itemId)
    const reported = (await r.state()).questions.find((q) => q.itemId === r.test.question?.itemId)
    expect(reported).toMatchObject({ neutralised: true, outcome: null })
    expect((await r.answer(after)).json()).toMatchObject({ questionNumber: 2 })

    expect(await candidateEvents(r)).toContainEqual({
      type: 'signalement.decided',
      data: expect.objectContaining({ decision: 'validated', questionNumber: 1 }),
    })
    const journal = (await r.invigilator.get(`${r.sessionUrl}/journal`)).json()
    expect(journal.at(-1)).toMatchObject({
      action: 'signalement_validated',
      candidate: { firstName: 'Simon' },
      details: { questionNumber: 1, category: 'E11' },
    })
    expect((await r.rows())[0]).toMatchObject({ status: 'in_progress', test: { signalement: null } })
  })

  it('refused: the candidate goes back to the same question and can answer it', async () => {
    const r = await running()
    await r.report(r.test)
    const signalement = await r.openSignalement()
    expect((await r.decide(signalement.id, { decision: 'refused' })).statusCode).toBe(204)
    const after: View = (await r.browser.get(r.testUrl)).json()
    expect(after).toMatchObject({
      questionNumber: 1,
      pausedFor: null,
      question: { itemId: r.test.question?.itemId },
    })
    expect((await r.answer(after)).json()).toMatchObject({ questionNumber: 2 })
    expect(await candidateEvents(r)).toContainEqual({
      type: 'signalement.decided',
      data: expect.objectContaining({ decision: 'refused' }),
    })
    // Refused, the same question may be reported again (it is still on screen), not after it is answered.
    expect((await r.report(after)).json()).toMatchObject({ statusCode: 409, code: 'not_current_question' })
  })

  it('refuses a category that does not apply to the question, or does not exist', async () => {
    const r = await running()
    await r.report(r.test)
    const signalement = await r.openSignalement()
    const missing = ['E1', 'E2', 'E3', 'E4', 'E5', 'E8', 'E9', 'E10'].find(
      (c) => !signalement.categories.includes(c),
    )
    // The candidate has no extra time: E8 never applies to them.
    expect(missing).toBeDefined()
    const wrong = await r.decide(signalement.id, { decision: 'validated', category: missing })
    expect(wrong.json()).toMatchObject({ statusCode: 400, field: 'category' })
    const unknown = await r.decide(signalement.id, { decision: 'validated', category: 'E6' })
    expect(unknown.statusCode).toBe(400)
    const none = await r.decide(signalement.id, { decision: 'validated' })
    expect(none.statusCode).toBe(400)
    expect((await r.browser.get(r.testUrl)).json()).toMatchObject({ pausedFor: 'signalement' })
  })

  it('two invigilators deciding at once: one outcome, the other is told', async () => {
    const r = await running()
    const other = await enteredInvigilator(t, r.session)
    await r.report(r.test)
    const signalement = await r.openSignalement()
    const [first, second] = await Promise.all([
      r.decide(signalement.id, { decision: 'validated', category: 'E12' }),
      r.decide(signalement.id, { decision: 'refused' }, other),
    ])
    const statuses = [first.statusCode, second.statusCode].sort()
    expect(statuses).toEqual([204, 409])
    const loser = first.statusCode === 409 ? first : second
    expect(loser.json()).toMatchObject({ code: 'signalement_handled' })
    const decisions = await t.database.db
      .selectFrom('invigilation_journal')
      .select('action')
      .where('candidate_id', '=', r.enrolled.id)
      .where('action', 'like', 'signalement_%')
      .execute()
    expect(decisions).toHaveLength(1)
  })

  it('answers as for something that does not exist to anyone but this session invigilators', async () => {
    const r = await running()
    const elsewhere = await running()
    await r.report(r.test)
    const signalement = await r.openSignalement()
    const body = { decision: 'refused' }
    // Another session's invigilator, through their own session or this one.
    expect((await elsewhere.decide(signalement.id, body)).statusCode).toBe(404)
    expect(
      (await elsewhere.invigilator.post(`${r.sessionUrl}/signalements/${signalement.id}/decision`, body))
        .statusCode,
    ).toBe(404)
    // The candidate, and the centre's admin who did not enter the session.
    for (const who of [r.candidate, admin])
      expect((await r.decide(signalement.id, body, who)).statusCode).toBe(404)
    expect((await r.decide('not-an-id', body)).statusCode).toBe(404)
    // A candidate of another session cannot touch this test, even with a token of its own.
    const intruder = attemptClient(t, elsewhere.candidate, 'x'.repeat(43))
    expect((await intruder.get(r.testUrl)).statusCode).toBe(404)
    expect(
      (await intruder.post(`${r.testUrl}/signalements`, { questionNumber: 1, itemId: 'x' })).statusCode,
    ).toBe(404)
    expect((await r.browser.get(r.testUrl)).json()).toMatchObject({ pausedFor: 'signalement' })
  })

  it('a report still open when the test ends is no longer decided', async () => {
    const r = await running()
    await r.report(r.test)
    const signalement = await r.openSignalement()
    await r.end()
    expect((await r.decide(signalement.id, { decision: 'refused' })).json()).toMatchObject({
      statusCode: 409,
    })
    expect((await r.browser.get(r.testUrl)).json()).toMatchObject({
      status: 'ended_by_invigilator',
      pausedFor: null,
    })
  })
})
