import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app'
import { centreAdmin, sessionBody } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  t = await startTestApp() // the test clock reads 2026-11-25 09:00 in Paris
  ;({ admin, centreId } = await centreAdmin(t))
})
afterAll(() => t.close())

const create = async (overrides: Record<string, unknown> = {}) => {
  const response = await admin.post(`/api/centres/${centreId}/sessions`, sessionBody(overrides))
  expect(response.statusCode, response.body).toBe(201)
  return response.json()
}

describe('sessions', () => {
  it('creates a session with its number, access code and invigilator password, stored in UTC', async () => {
    const session = await create()
    expect(session).toMatchObject({
      site: 'Pôle Certif - Université Pix+Droit',
      room: 'Salle B12',
      date: '2026-12-01',
      startTime: '14:00',
      startsAt: '2026-12-01T13:00:00.000Z',
      status: 'created',
      candidateCount: 0,
      timeZone: 'Europe/Paris',
      extensionRequired: true,
      complementaryCertificationsOffered: ['Pix+ Droit'],
    })
    expect(session.number).toMatch(/^[1-9]\d{5}$/)
    expect(session.accessCode).toMatch(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/)
    expect(session.invigilatorPassword).toMatch(/^C-[A-Z0-9]{6}$/)
    expect((await admin.get(`/api/sessions/${session.id}`)).json()).toEqual(session)
  })

  it('gives every session its own number and access code', async () => {
    const sessions = await Promise.all(Array.from({ length: 15 }, () => create()))
    expect(new Set(sessions.map((s) => s.number)).size).toBe(15)
    expect(new Set(sessions.map((s) => s.accessCode)).size).toBe(15)
  })

  it('lists upcoming sessions first, soonest first, with counts', async () => {
    const { admin: other, centreId: otherCentre } = await centreAdmin(t, 'Autre centre')
    for (const date of ['2027-03-01', '2026-11-30', '2027-01-15']) {
      await other.post(`/api/centres/${otherCentre}/sessions`, sessionBody({ date }))
    }
    const list = (await other.get(`/api/centres/${otherCentre}/sessions`)).json()
    expect(list.map((s: { date: string }) => s.date)).toEqual(['2026-11-30', '2027-01-15', '2027-03-01'])
    expect(list[0]).toMatchObject({ status: 'created', candidateCount: 0, startedCount: 0 })
  })

  it('edits a session and recomputes its start', async () => {
    const session = await create()
    const edited = await admin.patch(`/api/sessions/${session.id}`, { startTime: '08:30', room: 'Salle C3' })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({
      room: 'Salle C3',
      startTime: '08:30',
      startsAt: '2026-12-01T07:30:00.000Z',
    })
  })

  it('deletes a session nobody has started', async () => {
    const session = await create()
    expect((await admin.delete(`/api/sessions/${session.id}`)).statusCode).toBe(204)
    expect((await admin.get(`/api/sessions/${session.id}`)).statusCode).toBe(404)
  })

  it('regenerates the access code and the invigilator password', async () => {
    const session = await create()
    const code = (await admin.post(`/api/sessions/${session.id}/access-code`)).json()
    expect(code.accessCode).not.toBe(session.accessCode)
    expect(code.invigilatorPassword).toBe(session.invigilatorPassword)
    const password = (await admin.post(`/api/sessions/${session.id}/invigilator-password`)).json()
    expect(password.invigilatorPassword).not.toBe(session.invigilatorPassword)
    expect(password.accessCode).toBe(code.accessCode)
  })
})

describe('the browser extension requirement', () => {
  it('is on unless the centre turns it off, on creation or later', async () => {
    expect((await create()).extensionRequired).toBe(true)
    const withoutExtension = await create({ extensionRequired: false })
    expect(withoutExtension.extensionRequired).toBe(false)
    expect((await admin.get(`/api/sessions/${withoutExtension.id}`)).json().extensionRequired).toBe(false)

    const session = await create()
    const off = await admin.patch(`/api/sessions/${session.id}`, { extensionRequired: false })
    expect(off.statusCode).toBe(200)
    expect(off.json()).toMatchObject({ extensionRequired: false, room: session.room })
    const on = await admin.patch(`/api/sessions/${session.id}`, { extensionRequired: true })
    expect(on.json().extensionRequired).toBe(true)
  })

  it('refuses anything but a boolean, naming the field', async () => {
    const session = await create()
    const response = await admin.patch(`/api/sessions/${session.id}`, { extensionRequired: 'no' })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'extensionRequired' })
    expect((await admin.get(`/api/sessions/${session.id}`)).json().extensionRequired).toBe(true)
  })

  it('can no longer change once the session is finalised', async () => {
    const session = await create()
    const finalised = await admin.post(`/api/sessions/${session.id}/finalisation`, {
      globalComment: '',
      candidates: [],
    })
    expect(finalised.statusCode).toBe(200)
    const response = await admin.patch(`/api/sessions/${session.id}`, { extensionRequired: false })
    expect(response.statusCode).toBe(409)
    expect(response.json().message).toContain('finalised')
    expect((await admin.get(`/api/sessions/${session.id}`)).json().extensionRequired).toBe(true)
  })
})

describe('session dates', () => {
  it.each([
    [{ date: '2026-02-31' }, 'date', 'is not a date'],
    [{ date: '2026-11-24' }, 'date', 'is in the past'],
    [{ date: '01/12/2026' }, 'date', 'must be a date written YYYY-MM-DD'],
    [{ startTime: '25:00' }, 'startTime', 'must be a time of day written HH:MM'],
    [{ site: '' }, 'site', 'must not be empty'],
  ])('refuses %j naming the field', async (overrides, field, words) => {
    const response = await admin.post(`/api/centres/${centreId}/sessions`, sessionBody(overrides))
    expect(response.statusCode).toBe(400)
    expect(response.json().field).toBe(field)
    expect(response.json().message).toContain(words)
  })

  it("accepts today's date in the centre's time zone", async () => {
    expect(
      (await admin.post(`/api/centres/${centreId}/sessions`, sessionBody({ date: '2026-11-25' }))).statusCode,
    ).toBe(201)
  })
})

describe('who may see a session', () => {
  it('answers a member of another centre, a signed-in stranger and a signed-out visitor as for a session that does not exist', async () => {
    const session = await create()
    const { admin: otherAdmin } = await centreAdmin(t, 'Centre voisin')
    const stranger = client(t.app)
    await stranger.post('/api/auth/signup', signupBody())
    const visitor = client(t.app)
    const missing = (await admin.get('/api/sessions/00000000-0000-4000-8000-000000000000')).json()
    for (const who of [otherAdmin, stranger, visitor]) {
      const attempts = [
        who.get(`/api/sessions/${session.id}`),
        who.patch(`/api/sessions/${session.id}`, { room: 'X' }),
        who.delete(`/api/sessions/${session.id}`),
        who.post(`/api/sessions/${session.id}/access-code`),
        who.post(`/api/sessions/${session.id}/invigilator-password`),
      ]
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode).toBe(404)
        expect(response.json()).toEqual(missing)
      }
      const list = await who.get(`/api/centres/${centreId}/sessions`)
      expect(list.statusCode).toBe(404)
      expect((await who.post(`/api/centres/${centreId}/sessions`, sessionBody())).statusCode).toBe(404)
    }
    expect((await admin.get(`/api/sessions/${session.id}`)).json().room).toBe('Salle B12')
  })

  it('answers a malformed id as a missing session', async () => {
    expect((await admin.get('/api/sessions/not-a-uuid')).statusCode).toBe(404)
  })
})
