import { sessionTopic } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessThrottles } from '../../src/invigilation/access'
import { startTestApp, type TestApp } from '../support/app'
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

async function newSession() {
  return (await admin.post(`/api/centres/${centreId}/sessions`, sessionBody())).json() as {
    id: string
    number: string
    invigilatorPassword: string
    accessCode: string
  }
}

async function invigilator() {
  const browser = client(t.app)
  const { user } = (
    await browser.post('/api/auth/signup', signupBody({ firstName: 'Alex', lastName: 'Bernard' }))
  ).json()
  return Object.assign(browser, { id: user.id as string })
}

const enter = (who: Client, sessionNumber: string, password: string) =>
  who.post('/api/invigilation/access', { sessionNumber, password })

describe('entering the Espace Surveillant', () => {
  it('with the session number and password, typed with or without C-, in any case', async () => {
    const session = await newSession()
    const bare = session.invigilatorPassword.slice(2)
    for (const typed of [
      session.invigilatorPassword,
      bare,
      bare.toLowerCase(),
      ` ${session.invigilatorPassword.toLowerCase()} `,
    ]) {
      const who = await invigilator()
      const response = await enter(who, ` ${session.number} `, typed)
      expect(response.statusCode, typed).toBe(200)
      expect(response.json()).toEqual({ sessionId: session.id })
      const header = (await who.get(`/api/invigilation/sessions/${session.id}`)).json()
      expect(header).toMatchObject({
        number: session.number,
        site: 'Pôle Certif - Université Pix+Droit',
        room: 'Salle B12',
        invigilatorNames: 'Alex Bernard',
        accessCode: session.accessCode,
        centreName: 'Lycée Jean Moulin',
        finalised: false,
      })
    }
  })

  it('answers a wrong number and a wrong password with one generic message', async () => {
    const session = await newSession()
    const who = await invigilator()
    const wrongPassword = await enter(who, session.number, 'C-AAAAAA')
    const wrongNumber = await enter(who, '999999999', session.invigilatorPassword)
    expect(wrongPassword.statusCode).toBe(401)
    expect(wrongPassword.json()).toEqual(wrongNumber.json())
    expect(wrongPassword.json().code).toBe('invalid_credentials')
    expect((await who.get(`/api/invigilation/sessions/${session.id}`)).statusCode).toBe(404)
  })

  it('says so for a finalised session', async () => {
    const session = await newSession()
    await t.database.db
      .updateTable('sessions')
      .set({ finalised_at: new Date() })
      .where('id', '=', session.id)
      .execute()
    const response = await enter(await invigilator(), session.number, session.invigilatorPassword)
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('session_finalised')
  })

  it('needs an account', async () => {
    const session = await newSession()
    expect((await enter(client(t.app), session.number, session.invigilatorPassword)).statusCode).toBe(401)
  })

  it('limits attempts per session and address, with when to try again, even for the right password', async () => {
    const session = await newSession()
    const who = await invigilator()
    for (let i = 0; i < accessThrottles.perSessionAndAddress.limit; i++) {
      expect((await enter(who, session.number, `C-WRONG${i}`)).statusCode).toBe(401)
    }
    const blocked = await enter(who, session.number, session.invigilatorPassword)
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json().message).toMatch(/Try again in \d+ minutes?/)
    t.clock.advance(blocked.json().retryAfterSeconds * 1000)
    expect((await enter(who, session.number, session.invigilatorPassword)).statusCode).toBe(200)
  })

  it('limits attempts on one session from all addresses together', async () => {
    const session = await newSession()
    const who = await invigilator()
    for (let i = 0; i < accessThrottles.perSession.limit; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/invigilation/access',
        headers: { cookie: who.cookie as string },
        remoteAddress: `10.0.${Math.floor(i / 9)}.${i % 9}`,
        payload: { sessionNumber: session.number, password: 'C-NOPE00' },
      })
      expect(response.statusCode).toBe(401)
    }
    expect((await enter(who, session.number, session.invigilatorPassword)).statusCode).toBe(429)
  })

  it('lets any number of invigilators in, and keeps them in when the password changes', async () => {
    const session = await newSession()
    const first = await invigilator()
    const second = await invigilator()
    expect((await enter(first, session.number, session.invigilatorPassword)).statusCode).toBe(200)
    expect((await enter(second, session.number, session.invigilatorPassword)).statusCode).toBe(200)
    const renewed = (await admin.post(`/api/sessions/${session.id}/invigilator-password`)).json()
    expect((await first.get(`/api/invigilation/sessions/${session.id}`)).statusCode).toBe(200)
    const late = await invigilator()
    expect((await enter(late, session.number, session.invigilatorPassword)).statusCode).toBe(401)
    expect((await enter(late, session.number, renewed.invigilatorPassword)).statusCode).toBe(200)
  })

  it('lets a centre member in from the session page without the password; nobody else', async () => {
    const session = await newSession()
    expect((await admin.post(`/api/invigilation/sessions/${session.id}/member-access`)).json()).toEqual({
      sessionId: session.id,
    })
    expect((await admin.get(`/api/invigilation/sessions/${session.id}`)).statusCode).toBe(200)
    const outsider = await invigilator()
    expect((await outsider.post(`/api/invigilation/sessions/${session.id}/member-access`)).statusCode).toBe(
      404,
    )
  })

  it('records every entry in the journal, readable by invigilators and centre members only', async () => {
    const session = await newSession()
    const who = await invigilator()
    await enter(who, session.number, session.invigilatorPassword)
    await admin.post(`/api/invigilation/sessions/${session.id}/member-access`)
    const journal = (await who.get(`/api/invigilation/sessions/${session.id}/journal`)).json()
    expect(journal).toEqual([
      expect.objectContaining({
        action: 'entered',
        outcome: 'done',
        actor: { firstName: 'Alex', lastName: 'Bernard' },
        details: { how: 'password' },
      }),
      expect.objectContaining({ action: 'entered', details: { how: 'centre_member' } }),
    ])
    expect(
      (await (await invigilator()).get(`/api/invigilation/sessions/${session.id}/journal`)).statusCode,
    ).toBe(404)
  })

  it("refuses the session's live stream to someone who has not entered", async () => {
    const session = await newSession()
    const who = await invigilator()
    const outsider = await invigilator()
    await enter(who, session.number, session.invigilatorPassword)
    const refused = await t.app.inject({
      method: 'GET',
      url: `/api/events/${sessionTopic(session.id)}`,
      headers: { cookie: outsider.cookie as string },
    })
    expect(refused.statusCode).toBe(404)
  })
})
