import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { joinThrottle } from '../../src/candidate/join'
import { startTestApp, type TestApp } from '../support/app'
import { candidateBody } from '../support/candidates'
import { centreAdmin, sessionBody } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  t = await startTestApp()
  ;({ admin, centreId } = await centreAdmin(t))
})
afterAll(() => t.close())

async function sessionWithCandidate(overrides: Record<string, unknown> = {}) {
  const session = (await admin.post(`/api/centres/${centreId}/sessions`, sessionBody())).json()
  const candidate = (
    await admin.post(
      `/api/sessions/${session.id}/candidates`,
      candidateBody({
        lastName: "D'Artagnan-Léger",
        firstName: 'Anne Sophie',
        birthdate: '2001-07-04',
        ...overrides,
      }),
    )
  ).json()
  return { session, candidate }
}

async function candidateAccount() {
  const browser = client(t.app)
  await browser.post('/api/auth/signup', signupBody())
  return browser
}

const joinBody = (sessionNumber: string, overrides: Record<string, unknown> = {}) => ({
  sessionNumber,
  firstName: 'anne-sophie',
  lastName: 'dartagnan leger',
  birthdate: '2001-07-04',
  ...overrides,
})

describe('Rejoindre une session', () => {
  it('links the account to the enrolment whose names match without accents, case, spaces, hyphens or apostrophes', async () => {
    const { session, candidate } = await sessionWithCandidate()
    const browser = await candidateAccount()
    const response = await browser.post('/api/candidate/join', joinBody(session.number))
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      candidateId: candidate.id,
      sessionId: session.id,
      sessionNumber: session.number,
      room: 'Salle B12',
      firstName: 'Anne Sophie',
    })
    expect((await browser.get('/api/candidate/enrolments')).json()).toHaveLength(1)
    const list = (await admin.get(`/api/sessions/${session.id}/candidates`)).json()
    expect(list[0].joined).toBe(true)
  })

  it('lets the same account join again, but not another account', async () => {
    const { session } = await sessionWithCandidate()
    const first = await candidateAccount()
    expect((await first.post('/api/candidate/join', joinBody(session.number))).statusCode).toBe(200)
    expect((await first.post('/api/candidate/join', joinBody(session.number))).statusCode).toBe(200)
    const other = await candidateAccount()
    const refused = await other.post('/api/candidate/join', joinBody(session.number))
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('candidate_taken')
  })

  it('gives one account the enrolment when two join with the same details at once', async () => {
    const { session } = await sessionWithCandidate()
    const accounts = await Promise.all([candidateAccount(), candidateAccount(), candidateAccount()])
    const results = await Promise.all(
      accounts.map((a) => a.post('/api/candidate/join', joinBody(session.number))),
    )
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409])
  })

  it('says which problem applies', async () => {
    const { session } = await sessionWithCandidate()
    const browser = await candidateAccount()
    const noSession = await browser.post('/api/candidate/join', joinBody('1'))
    expect(noSession.json()).toMatchObject({
      statusCode: 404,
      code: 'session_not_found',
      field: 'sessionNumber',
    })
    const wrongDate = await browser.post(
      '/api/candidate/join',
      joinBody(session.number, { birthdate: '2001-07-05' }),
    )
    expect(wrongDate.json()).toMatchObject({ statusCode: 404, code: 'candidate_not_found' })
    const wrongName = await browser.post(
      '/api/candidate/join',
      joinBody(session.number, { firstName: 'Anne' }),
    )
    expect(wrongName.json().code).toBe('candidate_not_found')
    await t.database.db
      .updateTable('sessions')
      .set({ finalised_at: new Date() })
      .where('id', '=', session.id)
      .execute()
    const finalised = await browser.post('/api/candidate/join', joinBody(session.number))
    expect(finalised.json()).toMatchObject({ statusCode: 409, code: 'session_finalised' })
  })

  it('needs an account, and limits the attempts of one account', async () => {
    const { session } = await sessionWithCandidate()
    expect((await client(t.app).post('/api/candidate/join', joinBody(session.number))).statusCode).toBe(401)
    const browser = await candidateAccount()
    for (let i = 0; i < joinThrottle.limit; i++) {
      await browser.post('/api/candidate/join', joinBody(session.number, { firstName: `Essai ${i}` }))
    }
    expect((await browser.post('/api/candidate/join', joinBody(session.number))).statusCode).toBe(429)
  })

  it('shows an enrolment to its own account only', async () => {
    const { session, candidate } = await sessionWithCandidate()
    const owner = await candidateAccount()
    await owner.post('/api/candidate/join', joinBody(session.number))
    expect((await owner.get(`/api/candidate/enrolments/${candidate.id}`)).statusCode).toBe(200)
    expect(
      (await (await candidateAccount()).get(`/api/candidate/enrolments/${candidate.id}`)).statusCode,
    ).toBe(404)
  })
})
