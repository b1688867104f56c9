import { randomUUID } from 'node:crypto'
import { ATTEMPT_TOKEN_HEADER } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_IDLE_MS } from '../../src/accounts/service'
import { MAX_TEST_DURATION_MS } from '../../src/candidate/own-test'
import { PUBLIC_URL, type TestApp } from '../support/app'
import { centreAdmin, centreApp } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'
import { answerOf, attemptClient, testRoom, type View } from '../support/room'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  ;({ t, admin, centreId } = await centreApp())
}, 120_000)
afterAll(() => t.close())

const room = (extraTimePercentage = 0) => testRoom(t, admin, centreId, extraTimePercentage)
const withToken = (who: Client, token: string) => attemptClient(t, who, token)

describe('the start gate', () => {
  it("refuses a start without a presence confirmation, with the guide's message, and a wrong access code", async () => {
    const r = await room()
    const refused = await r.start()
    expect(refused.statusCode).toBe(403)
    expect(refused.json().message).toBe(
      "Votre surveillant n'a pas confirmé votre présence dans la salle de test. Vous ne pouvez donc pas encore commencer votre test de certification. Merci de prévenir votre surveillant.",
    )
    await r.presence()
    const wrong = await r.start('BBBB22')
    expect(wrong.json()).toMatchObject({ statusCode: 400, code: 'invalid_access_code', field: 'accessCode' })
  })

  it('starts with the code typed in any case once presence is confirmed, and uses the confirmation up', async () => {
    const r = await room(33)
    await r.presence()
    const started = await r.start(` ${r.session.accessCode.toLowerCase()} `)
    expect(started.statusCode).toBe(200)
    const { attemptToken, test } = started.json()
    expect(attemptToken).toEqual(expect.any(String))
    expect(test).toMatchObject({ status: 'started', questionNumber: 1, totalQuestions: 32 })
    const minutes = (Date.parse(test.theoreticalEndAt) - Date.parse(test.startedAt)) / 60_000
    expect(minutes).toBeCloseTo(105 * 1.33)
    // No key that tells the answer (a statement may well say "correctement": keys only).
    expect(JSON.stringify(test.question)).not.toMatch(/"(correct|accepted|irt)\w*":/i)
    const rows = (await r.invigilator.get(`/api/invigilation/sessions/${r.session.id}/candidates`)).json()
    expect(rows[0]).toMatchObject({ started: true, presenceConfirmed: true })
    expect((await r.start()).json().code).toBe('resume_not_authorised')
  })

  it('refuses a presence confirmation older than 15 minutes', async () => {
    const r = await room()
    await r.presence()
    t.clock.advance(15 * 60_000 + 1000)
    expect((await r.start()).json().code).toBe('presence_not_confirmed')
  })

  it('limits access code attempts to 10 per candidate per 10 minutes', async () => {
    const r = await room()
    for (let i = 0; i < 10; i++) expect((await r.start('XXXX99')).statusCode).toBe(400)
    expect((await r.start()).statusCode).toBe(429)
  })
})

describe('answering', () => {
  it('stores an answer before showing the next question; the same answer again stores nothing more', async () => {
    const r = await room()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const browser = withToken(r.candidate, attemptToken)
    const url = `/api/candidate/tests/${test.testId}/answers`
    const body = { questionNumber: 1, itemId: test.question.itemId, answer: answerOf(test) }
    const duplicates = await Promise.all([
      browser.post(url, body),
      browser.post(url, body),
      browser.post(url, body),
    ])
    for (const response of duplicates) expect(response.statusCode).toBe(200)
    expect(new Set(duplicates.map((d) => d.json().question.itemId)).size).toBe(1)
    expect(duplicates[0]?.json().questionNumber).toBe(2)
    const stored = await t.database.db
      .selectFrom('answers')
      .selectAll()
      .where('test_id', '=', test.testId)
      .execute()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ question_number: 1, item_id: test.question.itemId })

    const stale = await browser.post(url, { ...body, questionNumber: 3 })
    expect(stale.json()).toMatchObject({ statusCode: 409, code: 'not_current_question' })
    const reload = await browser.get(`/api/candidate/tests/${test.testId}`)
    expect(reload.json()).toMatchObject({
      questionNumber: 2,
      question: { itemId: duplicates[0]?.json().question.itemId },
    })
  })

  it('completes the test after the 32nd answer, scores it, and refuses anything after', async () => {
    const r = await room()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const browser = withToken(r.candidate, attemptToken)
    let view: View = test
    for (let n = 1; n <= 32; n++) {
      const response = await browser.post(`/api/candidate/tests/${test.testId}/answers`, {
        questionNumber: n,
        itemId: view.question?.itemId,
        answer: n % 3 === 0 ? { kind: 'skipped' } : answerOf(view),
      })
      expect(response.statusCode, `question ${n}`).toBe(200)
      view = response.json()
    }
    expect(view).toMatchObject({ status: 'completed', question: null, questionNumber: 32 })
    const stored = await t.database.db
      .selectFrom('tests')
      .select(['status', 'result'])
      .where('id', '=', test.testId)
      .executeTakeFirstOrThrow()
    expect(stored.status).toBe('completed')
    expect(stored.result).toMatchObject({
      answered: 32,
      score: expect.any(Number),
      level: expect.any(Number),
    })
    const after = await browser.post(`/api/candidate/tests/${test.testId}/answers`, {
      questionNumber: 33,
      itemId: 'x',
      answer: { kind: 'skipped' },
    })
    expect(after.json().code).toBe('test_ended')
    expect((await r.resume()).statusCode).toBe(409)
  })

  it('refuses an answer of the wrong shape for the question', async () => {
    const r = await room()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const wrongShape =
      test.question.type === 'free'
        ? { kind: 'choices', choiceIds: ['a'] }
        : { kind: 'choices', choiceIds: ['nope'] }
    const response = await withToken(r.candidate, attemptToken).post(
      `/api/candidate/tests/${test.testId}/answers`,
      {
        questionNumber: 1,
        itemId: test.question.itemId,
        answer: wrongShape,
      },
    )
    expect(response.json()).toMatchObject({ statusCode: 400, field: 'answer' })
  })
})

describe('resuming', () => {
  it('a reload continues at once; another browser needs the invigilator, then continues at the same question', async () => {
    const r = await room()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const first = withToken(r.candidate, attemptToken)
    const answered = (
      await first.post(`/api/candidate/tests/${test.testId}/answers`, {
        questionNumber: 1,
        itemId: test.question.itemId,
        answer: answerOf(test),
      })
    ).json()
    expect((await first.get(`/api/candidate/tests/${test.testId}`)).json().questionNumber).toBe(2)

    expect((await r.start()).json().code).toBe('resume_not_authorised')
    expect((await r.resume()).statusCode).toBe(204)
    const again = (await r.start()).json()
    expect(again.test).toMatchObject({
      testId: test.testId,
      questionNumber: 2,
      question: { itemId: answered.question.itemId },
    })
    const old = await first.get(`/api/candidate/tests/${test.testId}`)
    expect(old.json().code).toBe('attempt_replaced')
  })
})

describe('who may touch a test', () => {
  it("another account cannot read or answer someone's test, nor start their enrolment", async () => {
    const r = await room()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const other = client(t.app)
    await other.post('/api/auth/signup', signupBody())
    const intruder = withToken(other, attemptToken)
    expect((await intruder.get(`/api/candidate/tests/${test.testId}`)).statusCode).toBe(404)
    expect(
      (
        await other.post(`/api/candidate/enrolments/${r.enrolled.id}/start`, {
          accessCode: r.session.accessCode,
        })
      ).statusCode,
    ).toBe(404)
  })

  it('serves item media to candidates taking a test on that bank, and to nobody else', async () => {
    const r = await room()
    await r.presence()
    const { test } = (await r.start()).json()
    const bank = await t.database.db
      .selectFrom('tests')
      .select('bank')
      .where('id', '=', test.testId)
      .executeTakeFirstOrThrow()
    const media = await t.database.db
      .selectFrom('item_bank_media')
      .select('path')
      .where('bank', '=', bank.bank)
      .limit(1)
      .executeTakeFirstOrThrow()
    const url = `/api/item-media/${bank.bank}/${media.path}`
    const mine = await r.candidate.get(url)
    expect(mine.statusCode).toBe(200)
    expect(mine.headers['content-security-policy']).toContain('sandbox')
    expect((await client(t.app).get(url)).statusCode).toBe(404)
  })
})

describe('Terminer le test', () => {
  it('ends the test for good: the candidate can answer no more, and two invigilators at once give one end', async () => {
    const r = await room()
    expect((await r.end()).json()).toMatchObject({ statusCode: 409 })
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const second = client(t.app)
    await second.post('/api/auth/signup', signupBody())
    await second.post('/api/invigilation/access', {
      sessionNumber: r.session.number,
      password: r.session.invigilatorPassword,
    })
    const results = await Promise.all([r.end(), r.end(second)])
    expect(results.map((x) => x.statusCode).sort()).toEqual([204, 409])
    const browser = withToken(r.candidate, attemptToken)
    expect((await browser.get(`/api/candidate/tests/${test.testId}`)).json()).toMatchObject({
      status: 'ended_by_invigilator',
      question: null,
    })
    const late = await browser.post(`/api/candidate/tests/${test.testId}/answers`, {
      questionNumber: 1,
      itemId: test.question.itemId,
      answer: answerOf(test),
    })
    expect(late.json().code).toBe('test_ended')
    expect((await r.start()).json().code).toBe('test_ended')
    const journal = (await r.invigilator.get(`/api/invigilation/sessions/${r.session.id}/journal`)).json()
    expect(journal.filter((e: { action: string }) => e.action === 'test_ended')).toHaveLength(1)
  })

  it('answers an invigilator of another session as for a candidate that does not exist', async () => {
    const r = await room()
    const other = await room()
    await r.presence()
    await r.start()
    const response = await other.invigilator.post(
      `/api/invigilation/sessions/${other.session.id}/candidates/${r.enrolled.id}/end`,
    )
    expect(response.statusCode).toBe(404)
  })
})

// Near the end: it moves the clock a day on, past every web session of this file.
describe('the maximum duration', () => {
  it('ends a test by itself 24 hours after its start', async () => {
    const r = await room()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    t.clock.advance(MAX_TEST_DURATION_MS + 1000)
    await r.candidate.post('/api/auth/login', { email: r.account.email, password: r.account.password })
    const view = (
      await withToken(r.candidate, attemptToken).get(`/api/candidate/tests/${test.testId}`)
    ).json()
    expect(view).toMatchObject({ status: 'ended_duration_exceeded', question: null })
  })
})

// After the clock moved a day on: a centre admin of its own. It moves the clock 30 hours further.
describe('the web session of an answer (checked in the statement that locks the test)', () => {
  let ownRoom: () => ReturnType<typeof room>
  beforeAll(async () => {
    const fresh = await centreAdmin(t)
    ownRoom = () => testRoom(t, fresh.admin, fresh.centreId)
  })

  it('answers a signed-out, forged or other account as every route does, and nothing is stored', async () => {
    const r = await ownRoom()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const url = `/api/candidate/tests/${test.testId}/answers`
    const body = { questionNumber: 1, itemId: test.question.itemId, answer: answerOf(test) }
    const send = (cookie?: string) =>
      t.app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { origin: PUBLIC_URL, [ATTEMPT_TOKEN_HEADER]: attemptToken, ...(cookie && { cookie }) },
      })
    expect((await send()).json()).toMatchObject({ statusCode: 401, code: 'not_authenticated' })
    expect((await send('vigie_session=forged')).json()).toMatchObject({ statusCode: 401 })
    const other = client(t.app)
    await other.post('/api/auth/signup', signupBody())
    expect((await withToken(other, attemptToken).post(url, body)).json()).toMatchObject({ statusCode: 404 })
    const elsewhere = `/api/candidate/tests/${randomUUID()}/answers`
    expect((await withToken(r.candidate, attemptToken).post(elsewhere, body)).statusCode).toBe(404)
    const cookie = r.candidate.cookie
    await r.candidate.post('/api/auth/logout')
    expect((await send(cookie)).json()).toMatchObject({ statusCode: 401, code: 'not_authenticated' })
    const stored = await t.database.db
      .selectFrom('answers')
      .select('item_id')
      .where('test_id', '=', test.testId)
      .execute()
    expect(stored).toHaveLength(0)
  })

  it('keeps the session alive while the candidate answers, and ends it after 12 idle hours', async () => {
    const r = await ownRoom()
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    const browser = withToken(r.candidate, attemptToken)
    const url = `/api/candidate/tests/${test.testId}/answers`
    const answer = (view: View, questionNumber: number) =>
      browser.post(url, { questionNumber, itemId: view.question?.itemId, answer: answerOf(view) })
    t.clock.advance(SESSION_IDLE_MS * 0.75)
    const first = await answer(test, 1)
    expect(first.statusCode).toBe(200)
    // 18 hours after signing up: alive only because the first answer slid the session's expiry.
    t.clock.advance(SESSION_IDLE_MS * 0.75)
    const second = await answer(first.json(), 2)
    expect(second.statusCode).toBe(200)
    t.clock.advance(SESSION_IDLE_MS + 1000)
    expect((await answer(second.json(), 3)).json()).toMatchObject({
      statusCode: 401,
      code: 'not_authenticated',
    })
  })
})
