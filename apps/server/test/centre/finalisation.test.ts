import { candidateTopic, sessionTopic } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestApp } from '../support/app'
import { centreAdmin, centreApp } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'
import { centreMember, joinedCandidate, takingTest } from '../support/results'
import { testRoom } from '../support/room'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  ;({ t, admin, centreId } = await centreApp())
}, 120_000)
afterAll(() => t.close())

/** DURAND Simon running at question 4, MARTIN Léa who completed nothing yet, BERNARD Paul absent. */
async function session() {
  const r = await testRoom(t, admin, centreId)
  await r.presence()
  const started = (await r.start()).json()
  const simon = takingTest(t, r.candidate, started.attemptToken, started.test)
  await simon.answer(3)
  const lea = await joinedCandidate(t, admin, r.session, r.invigilator, {
    lastName: 'MARTIN',
    firstName: 'Léa',
  })
  const leaTest = await lea.started()
  await leaTest.answer(2)
  const paul = await joinedCandidate(t, admin, r.session, r.invigilator, {
    lastName: 'BERNARD',
    firstName: 'Paul',
  })
  const finalise = (body: object, who: Client = admin) =>
    who.post(`/api/sessions/${r.session.id}/finalisation`, body)
  return { ...r, simon, lea, leaTest, paul, finalise }
}

const testOf = (candidateId: string) =>
  t.database.db
    .selectFrom('tests')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .executeTakeFirstOrThrow()

describe('Finaliser la session', () => {
  it('ends every running test, scores every test, stores the reports and the comment, once', async () => {
    const s = await session()
    await s.end() // Simon's test, ended by the invigilator at question 4
    t.clock.advance(60_000)
    const response = await s.finalise({
      globalComment: '  Coupure réseau de 10 minutes vers 14 h 30.  ',
      candidates: [
        {
          candidateId: s.enrolled.id,
          abortReason: 'technical',
          reports: [{ code: 'E11', questionNumber: 4, comment: 'Page blanche' }, { code: 'C7' }],
        },
        { candidateId: s.lea.id, abortReason: 'candidate' },
        { candidateId: s.paul.id, reports: [{ code: 'C1', comment: 'Nom d’usage : PETIT' }] },
      ],
    })
    expect(response.statusCode).toBe(200)
    const results = response.json()
    expect(results).toMatchObject({ sessionNumber: s.session.number, publishedAt: null })
    expect(results.candidates.map((c: { lastName: string }) => c.lastName)).toEqual([
      'BERNARD',
      'DURAND',
      'MARTIN',
    ])
    const [paul, simon, lea] = results.candidates
    expect(paul).toMatchObject({ testStatus: null, abortReason: null, result: null })
    expect(simon).toMatchObject({
      testStatus: 'ended_by_invigilator',
      abortReason: 'technical',
      result: { status: 'cancelled', answered: 3, score: null, level: null, verificationCode: null },
    })
    expect(lea).toMatchObject({
      testStatus: 'ended_by_finalisation',
      abortReason: 'candidate',
      result: { status: 'rejected', answered: 2, score: null },
    })

    // Léa's running test ended now and was scored; Simon's kept its end.
    const leaTest = await testOf(s.lea.id)
    expect(leaTest).toMatchObject({ status: 'ended_by_finalisation', abort_reason: 'candidate' })
    expect(leaTest.ended_at).toEqual(t.clock.now())
    expect(leaTest.result).toMatchObject({ answered: 2, score: null })
    expect((await testOf(s.enrolled.id)).status).toBe('ended_by_invigilator')

    const stored = await t.database.db
      .selectFrom('sessions')
      .select(['finalised_at', 'finalisation_comment', 'finalised_by'])
      .where('id', '=', s.session.id)
      .executeTakeFirstOrThrow()
    expect(stored).toMatchObject({
      finalised_at: t.clock.now(),
      finalisation_comment: 'Coupure réseau de 10 minutes vers 14 h 30.',
      finalised_by: expect.any(String),
    })
    const reports = await t.database.db
      .selectFrom('finalisation_reports')
      .select(['candidate_id', 'code', 'question_number', 'comment'])
      .where('session_id', '=', s.session.id)
      .orderBy('position')
      .execute()
    expect(reports).toEqual([
      { candidate_id: s.enrolled.id, code: 'E11', question_number: 4, comment: 'Page blanche' },
      { candidate_id: s.enrolled.id, code: 'C7', question_number: null, comment: null },
      { candidate_id: s.paul.id, code: 'C1', question_number: null, comment: 'Nom d’usage : PETIT' },
    ])

    const events = await t.database.db
      .selectFrom('events')
      .select(['topic', 'type', 'data'])
      .where('topic', 'in', [
        sessionTopic(s.session.id),
        candidateTopic(s.lea.id),
        candidateTopic(s.enrolled.id),
      ])
      .where('type', 'in', ['session.finalised', 'test.ended'])
      .orderBy('topic')
      .orderBy('seq')
      .execute()
    expect(events).toEqual(
      expect.arrayContaining([
        { topic: sessionTopic(s.session.id), type: 'session.finalised', data: expect.any(Object) },
        {
          topic: candidateTopic(s.lea.id),
          type: 'test.ended',
          data: { testId: s.leaTest.view.testId, by: 'finalisation' },
        },
      ]),
    )
    // Simon's test had already ended: no second end for him.
    expect(
      events.filter((e) => e.topic === candidateTopic(s.enrolled.id) && e.type === 'test.ended'),
    ).toEqual([
      {
        topic: candidateTopic(s.enrolled.id),
        type: 'test.ended',
        data: expect.objectContaining({ by: 'invigilator' }),
      },
    ])

    const again = await s.finalise({ globalComment: '', candidates: [] })
    expect(again.json()).toMatchObject({ statusCode: 409, code: 'session_finalised' })
    expect((await admin.get(`/api/sessions/${s.session.id}`)).json().status).toBe('finalised')
  })

  it('is for the members of the session’s centre only; anyone else finds no such session', async () => {
    const s = await session()
    const other = await centreAdmin(t, 'Autre centre')
    const stranger = client(t.app)
    await stranger.post('/api/auth/signup', signupBody())
    const body = { globalComment: '', candidates: [] }
    for (const who of [client(t.app), stranger, other.admin, s.invigilator, s.candidate])
      expect((await s.finalise(body, who)).json()).toMatchObject({ statusCode: 404, code: 'not_found' })
    expect((await s.finalise(body, admin)).json()).toMatchObject({ statusCode: 400, field: 'candidates' })
    const member = await centreMember(t, admin, centreId)
    const done = await s.finalise(
      {
        globalComment: '',
        candidates: [
          { candidateId: s.enrolled.id, abortReason: 'candidate' },
          { candidateId: s.lea.id, abortReason: 'candidate' },
        ],
      },
      member,
    )
    expect(done.statusCode).toBe(200)
  })

  describe('refuses what cannot be, naming the field to correct, and changes nothing then', () => {
    const cases: Array<[string, (s: Awaited<ReturnType<typeof session>>) => object, object]> = [
      [
        'an unfinished test left without an abort reason',
        (s) => ({
          globalComment: '',
          candidates: [{ candidateId: s.enrolled.id, abortReason: 'technical' }],
        }),
        {
          field: 'candidates',
          message: expect.stringMatching(/^MARTIN Léa \(.+\) did not complete the test/),
        },
      ],
      [
        'an unfinished test given without its abort reason',
        (s) => ({
          globalComment: '',
          candidates: [{ candidateId: s.lea.id, reports: [{ code: 'C8' }] }, { candidateId: s.enrolled.id }],
        }),
        {
          field: 'candidates.0.abortReason',
          message: expect.stringContaining('MARTIN Léa did not complete'),
        },
      ],
      [
        'an abort reason for a candidate who never started',
        (s) => ({
          globalComment: '',
          candidates: [
            { candidateId: s.enrolled.id, abortReason: 'technical' },
            { candidateId: s.lea.id, abortReason: 'technical' },
            { candidateId: s.paul.id, abortReason: 'candidate' },
          ],
        }),
        {
          field: 'candidates.2.abortReason',
          message: 'BERNARD Paul never started the test: there is nothing to abort.',
        },
      ],
      [
        'an E-code without its question number',
        (s) => ({
          globalComment: '',
          candidates: [
            {
              candidateId: s.enrolled.id,
              abortReason: 'technical',
              reports: [{ code: 'C2' }, { code: 'E1' }],
            },
          ],
        }),
        {
          field: 'candidates.0.reports.1.questionNumber',
          message: 'E1 is about a question: give its number.',
        },
      ],
      [
        'a C-code with a question number',
        (s) => ({
          globalComment: '',
          candidates: [
            {
              candidateId: s.enrolled.id,
              abortReason: 'technical',
              reports: [{ code: 'C6', questionNumber: 2 }],
            },
          ],
        }),
        { field: 'candidates.0.reports.0.questionNumber' },
      ],
      [
        'a question the candidate never saw',
        (s) => ({
          globalComment: '',
          candidates: [
            { candidateId: s.lea.id, abortReason: 'technical', reports: [{ code: 'E4', questionNumber: 4 }] },
          ],
        }),
        {
          field: 'candidates.0.reports.0.questionNumber',
          message: 'MARTIN Léa was shown questions 1 to 3 only.',
        },
      ],
      [
        'a candidate of another session',
        () => ({ globalComment: '', candidates: [{ candidateId: '00000000-0000-4000-8000-000000000000' }] }),
        {
          field: 'candidates.0.candidateId',
          message: 'Candidate 00000000-0000-4000-8000-000000000000 is not enrolled in this session.',
        },
      ],
      [
        'an unknown report code',
        (s) => ({
          globalComment: '',
          candidates: [{ candidateId: s.enrolled.id, reports: [{ code: 'C3' }] }],
        }),
        { field: 'candidates.0.reports.0.code' },
      ],
      [
        'an unknown abort reason',
        (s) => ({ globalComment: '', candidates: [{ candidateId: s.enrolled.id, abortReason: 'weather' }] }),
        { field: 'candidates.0.abortReason' },
      ],
      [
        'a global comment over 500 characters',
        () => ({ globalComment: 'x'.repeat(501), candidates: [] }),
        { field: 'globalComment', message: '"globalComment" must have at most 500 characters.' },
      ],
    ]
    for (const [name, body, expected] of cases) {
      it(name, async () => {
        const s = await session()
        const response = await s.finalise(body(s))
        expect(response.json()).toMatchObject({ statusCode: 400, code: 'validation_failed', ...expected })
        expect((await admin.get(`/api/sessions/${s.session.id}`)).json().status).toBe('in_progress')
        expect((await testOf(s.lea.id)).status).toBe('started')
        expect(await s.leaTest.answer(1)).toMatchObject({ questionNumber: 4 })
      })
    }

    it('a completed test given an abort reason', async () => {
      const r = await testRoom(t, admin, centreId)
      await r.presence()
      const { attemptToken, test } = (await r.start()).json()
      expect(await takingTest(t, r.candidate, attemptToken, test).answer(32)).toMatchObject({
        status: 'completed',
      })
      const response = await admin.post(`/api/sessions/${r.session.id}/finalisation`, {
        globalComment: '',
        candidates: [{ candidateId: r.enrolled.id, abortReason: 'candidate' }],
      })
      expect(response.json()).toMatchObject({
        statusCode: 400,
        field: 'candidates.0.abortReason',
        message: 'DURAND Simon completed the test: it was not aborted.',
      })
    })
  })
})

describe('what the finalisation form shows', () => {
  it('lists each candidate with where their test stands and whether an abort reason is required', async () => {
    const s = await session()
    await s.end() // Simon's test, ended by the invigilator at question 4
    const state = await admin.get(`/api/sessions/${s.session.id}/finalisation`)
    expect(state.statusCode).toBe(200)
    expect(state.json()).toEqual({
      sessionId: s.session.id,
      sessionNumber: s.session.number,
      candidates: [
        expect.objectContaining({
          candidateId: s.paul.id,
          lastName: 'BERNARD',
          testStatus: null,
          answered: 0,
          lastQuestionNumber: 0,
          abortReasonRequired: false,
        }),
        expect.objectContaining({
          candidateId: s.enrolled.id,
          lastName: 'DURAND',
          testStatus: 'ended_by_invigilator',
          answered: 3,
          lastQuestionNumber: 4,
          abortReasonRequired: true,
        }),
        expect.objectContaining({
          candidateId: s.lea.id,
          lastName: 'MARTIN',
          firstName: 'Léa',
          testStatus: 'started',
          answered: 2,
          lastQuestionNumber: 3,
          abortReasonRequired: true,
        }),
      ],
    })

    const stranger = client(t.app)
    await stranger.post('/api/auth/signup', signupBody())
    for (const who of [stranger, (await centreAdmin(t, 'Centre voisin')).admin, s.invigilator])
      expect((await who.get(`/api/sessions/${s.session.id}/finalisation`)).statusCode).toBe(404)

    const member = await centreMember(t, admin, centreId)
    expect((await member.get(`/api/sessions/${s.session.id}/finalisation`)).statusCode).toBe(200)
    await s.finalise({
      globalComment: '',
      candidates: [
        { candidateId: s.enrolled.id, abortReason: 'technical' },
        { candidateId: s.lea.id, abortReason: 'candidate' },
      ],
    })
    expect((await admin.get(`/api/sessions/${s.session.id}/finalisation`)).json()).toMatchObject({
      statusCode: 409,
      code: 'session_finalised',
    })
  })

  it('needs no abort reason for a completed test', async () => {
    const r = await testRoom(t, admin, centreId)
    await r.presence()
    const { attemptToken, test } = (await r.start()).json()
    await takingTest(t, r.candidate, attemptToken, test).answer(32)
    const state = (await admin.get(`/api/sessions/${r.session.id}/finalisation`)).json()
    expect(state.candidates).toEqual([
      expect.objectContaining({ testStatus: 'completed', answered: 32, abortReasonRequired: false }),
    ])
  })
})

describe('racing the finalisation', () => {
  it('an answer or an end lands before it, and counts, or is refused after it; never an error', async () => {
    const s = await session()
    const answer = (test: typeof s.simon) =>
      test.browser.post(`${test.testUrl}/answers`, {
        questionNumber: test.view.questionNumber,
        itemId: test.view.question?.itemId,
        answer: { kind: 'skipped' },
      })
    const [finalised, simonAnswer, leaAnswer, ended] = await Promise.all([
      s.finalise({
        globalComment: '',
        candidates: [
          { candidateId: s.enrolled.id, abortReason: 'technical' },
          { candidateId: s.lea.id, abortReason: 'technical' },
        ],
      }),
      answer(s.simon),
      answer(s.leaTest),
      s.end(),
    ])
    expect(finalised.statusCode).toBe(200)
    expect([200, 409]).toContain(simonAnswer.statusCode)
    expect([200, 409]).toContain(leaAnswer.statusCode)
    expect([204, 409]).toContain(ended.statusCode)
    for (const refused of [simonAnswer, leaAnswer, ended].filter((r) => r.statusCode === 409))
      expect(['test_ended', 'session_finalised']).toContain(refused.json().code)

    // The results count exactly the answers stored.
    for (const candidate of finalised.json().candidates.filter((c: { result: unknown }) => c.result)) {
      const { id } = await testOf(candidate.candidateId)
      const stored = await t.database.db
        .selectFrom('answers')
        .select('item_id')
        .where('test_id', '=', id)
        .execute()
      expect(candidate.result.answered).toBe(stored.length)
    }
  })
})

describe('a finalised session is frozen', () => {
  it('refuses every later action of the invigilators and the candidates, each with its code and a message', async () => {
    const s = await session()
    expect((await s.simon.report()).json()).toMatchObject({ pausedFor: 'signalement' })
    const signalementId = (await s.rows()).find((row: { id: string }) => row.id === s.enrolled.id).test
      .signalement.id
    expect((await s.leaTest.browser.post(`${s.leaTest.testUrl}/companion-alert`)).statusCode).toBe(200)
    const finalised = await s.finalise({
      globalComment: '',
      candidates: [
        { candidateId: s.enrolled.id, abortReason: 'technical' },
        { candidateId: s.lea.id, abortReason: 'technical' },
      ],
    })
    expect(finalised.statusCode).toBe(200)

    const paulUrl = `${s.sessionUrl}/candidates/${s.paul.id}`
    const leaUrl = `${s.sessionUrl}/candidates/${s.lea.id}`
    const latecomer = client(t.app)
    await latecomer.post('/api/auth/signup', signupBody())
    const answer = {
      questionNumber: s.simon.view.questionNumber,
      itemId: s.simon.view.question?.itemId,
      answer: { kind: 'skipped' },
    }
    const finalisedMessage = /finalised|over/
    const refusals: Array<[string, () => Promise<{ json(): unknown }>, string]> = [
      ['confirm a presence', () => s.invigilator.post(`${paulUrl}/presence`), 'session_finalised'],
      ['cancel a presence', () => s.invigilator.delete(`${paulUrl}/presence`), 'session_finalised'],
      ['authorise a resume', () => s.resume(), 'session_finalised'],
      ['end a test', () => s.end(), 'session_finalised'],
      [
        'decide on a signalement',
        () =>
          s.invigilator.post(`${s.sessionUrl}/signalements/${signalementId}/decision`, {
            decision: 'refused',
          }),
        'session_finalised',
      ],
      [
        'confirm the extension',
        () => s.invigilator.post(`${leaUrl}/extension-confirmation`),
        'session_finalised',
      ],
      [
        'enter with the session password',
        () =>
          latecomer.post('/api/invigilation/access', {
            sessionNumber: s.session.number,
            password: s.session.invigilatorPassword,
          }),
        'session_finalised',
      ],
      [
        'enter as a centre member',
        () => admin.post(`/api/invigilation/sessions/${s.session.id}/member-access`),
        'session_finalised',
      ],
      ['answer', () => s.simon.browser.post(`${s.simon.testUrl}/answers`, answer), 'test_ended'],
      ['report a problem', () => s.simon.report(), 'test_ended'],
      [
        'raise a companion alert',
        () => s.simon.browser.post(`${s.simon.testUrl}/companion-alert`),
        'test_ended',
      ],
      ['start (never started)', () => s.paul.start(), 'session_finalised'],
      ['resume (started)', () => s.start(), 'session_finalised'],
      [
        'join',
        () =>
          latecomer.post('/api/candidate/join', {
            sessionNumber: s.session.number,
            lastName: 'BERNARD',
            firstName: 'Paul',
            birthdate: '2001-03-14',
          }),
        'session_finalised',
      ],
    ]
    for (const [action, attempt, code] of refusals) {
      const body = (await attempt()).json() as { statusCode: number; code: string; message: string }
      expect(body, action).toMatchObject({ statusCode: 409, code })
      expect(body.message, action).toMatch(code === 'test_ended' ? /over/ : finalisedMessage)
    }

    // The candidates' pages see the end, and the room shows every test ended.
    expect(await s.simon.reload()).toMatchObject({
      status: 'ended_by_finalisation',
      question: null,
      pausedFor: null,
    })
    const rows = await s.rows()
    expect(rows.map((row: { status: string }) => row.status).sort()).toEqual([
      'ended',
      'ended',
      'not_started',
    ])
    // Nothing happened after the finalisation.
    const authorisations = await t.database.db
      .selectFrom('start_authorisations')
      .select('id')
      .where('candidate_id', '=', s.paul.id)
      .execute()
    expect(authorisations).toHaveLength(0)
  })
})
