import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUTHORISATION_TTL_MS } from '../../src/invigilation/presence'
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

async function room() {
  const session = (await admin.post(`/api/centres/${centreId}/sessions`, sessionBody())).json()
  const durand = (
    await admin.post(
      `/api/sessions/${session.id}/candidates`,
      candidateBody({ lastName: 'DURAND', firstName: 'Simon', sex: 'M', birthdate: '1995-05-14' }),
    )
  ).json()
  const abadi = (
    await admin.post(
      `/api/sessions/${session.id}/candidates`,
      candidateBody({
        lastName: 'ABADI',
        firstName: 'Ismaël',
        sex: 'M',
        birthdate: '1954-09-23',
        extraTimePercentage: 33,
        complementaryCertification: 'Pix+ Droit',
      }),
    )
  ).json()
  const invigilators = await Promise.all(
    ['Alex', 'Sam'].map(async (firstName) => {
      const browser = client(t.app)
      await browser.post('/api/auth/signup', signupBody({ firstName }))
      await browser.post('/api/invigilation/access', {
        sessionNumber: session.number,
        password: session.invigilatorPassword,
      })
      return browser
    }),
  )
  return { session, durand, abadi, invigilators: invigilators as [Client, Client] }
}

const presenceUrl = (sessionId: string, candidateId: string) =>
  `/api/invigilation/sessions/${sessionId}/candidates/${candidateId}/presence`

describe('Confirmer la présence', () => {
  it('lists the room by name with what the invigilator needs, and confirms a presence', async () => {
    const { session, durand, invigilators } = await room()
    const [alex] = invigilators
    const list = (await alex.get(`/api/invigilation/sessions/${session.id}/candidates`)).json()
    expect(list.map((c: { lastName: string }) => c.lastName)).toEqual(['ABADI', 'DURAND'])
    expect(list[0]).toMatchObject({
      firstName: 'Ismaël',
      birthdate: '1954-09-23',
      complementaryCertification: 'Pix+ Droit',
      extraTimePercentage: 33,
      presenceConfirmed: false,
      started: false,
    })
    expect((await alex.post(presenceUrl(session.id, durand.id))).statusCode).toBe(204)
    const after = (await alex.get(`/api/invigilation/sessions/${session.id}/candidates`)).json()
    expect(after[1]).toMatchObject({
      presenceConfirmed: true,
      presenceValidUntil: new Date(t.clock.now().getTime() + AUTHORISATION_TTL_MS).toISOString(),
    })
  })

  it('two invigilators confirming at once give one confirmation, and the other is told', async () => {
    const { session, durand, invigilators } = await room()
    const results = await Promise.all(invigilators.map((who) => who.post(presenceUrl(session.id, durand.id))))
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 409])
    expect(results.find((r) => r.statusCode === 409)?.json().message).toContain('already confirmed')
    const open = await t.database.db
      .selectFrom('start_authorisations')
      .select('id')
      .where('candidate_id', '=', durand.id)
      .where('revoked_at', 'is', null)
      .execute()
    expect(open).toHaveLength(1)
  })

  it('cancels a confirmation, once', async () => {
    const { session, durand, invigilators } = await room()
    const [alex, sam] = invigilators
    await alex.post(presenceUrl(session.id, durand.id))
    expect((await sam.delete(presenceUrl(session.id, durand.id))).statusCode).toBe(204)
    expect((await alex.delete(presenceUrl(session.id, durand.id))).statusCode).toBe(409)
    const list = (await alex.get(`/api/invigilation/sessions/${session.id}/candidates`)).json()
    expect(list.find((c: { id: string }) => c.id === durand.id).presenceConfirmed).toBe(false)
  })

  it('renews a confirmation older than 15 minutes', async () => {
    const { session, durand, invigilators } = await room()
    const [alex] = invigilators
    await alex.post(presenceUrl(session.id, durand.id))
    t.clock.advance(AUTHORISATION_TTL_MS + 1000)
    expect((await alex.post(presenceUrl(session.id, durand.id))).statusCode).toBe(204)
  })

  it('refuses a presence change after the start (409), and on a finalised session', async () => {
    const { session, durand, abadi, invigilators } = await room()
    const [alex] = invigilators
    await t.database.db
      .updateTable('candidates')
      .set({ started_at: new Date() })
      .where('id', '=', durand.id)
      .execute()
    expect((await alex.post(presenceUrl(session.id, durand.id))).json()).toMatchObject({
      statusCode: 409,
      code: 'conflict',
    })
    await t.database.db
      .updateTable('sessions')
      .set({ finalised_at: new Date() })
      .where('id', '=', session.id)
      .execute()
    expect((await alex.post(presenceUrl(session.id, abadi.id))).json().code).toBe('session_finalised')
  })

  it('records each action in the journal with who did it', async () => {
    const { session, durand, invigilators } = await room()
    const [alex, sam] = invigilators
    await alex.post(presenceUrl(session.id, durand.id))
    await sam.delete(presenceUrl(session.id, durand.id))
    const actions = (await admin.get(`/api/invigilation/sessions/${session.id}/journal`))
      .json()
      .filter((e: { action: string }) => e.action !== 'entered')
    expect(actions).toEqual([
      expect.objectContaining({
        action: 'presence_confirmed',
        actor: expect.objectContaining({ firstName: 'Alex' }),
        candidate: { firstName: 'Simon', lastName: 'DURAND' },
      }),
      expect.objectContaining({
        action: 'presence_cancelled',
        actor: expect.objectContaining({ firstName: 'Sam' }),
      }),
    ])
  })

  it('answers as for something that does not exist: a candidate of another session, someone who has not entered, a signed-out visitor', async () => {
    const first = await room()
    const second = await room()
    const [alex] = first.invigilators
    expect((await alex.post(presenceUrl(first.session.id, second.durand.id))).statusCode).toBe(404)
    const outsider = client(t.app)
    await outsider.post('/api/auth/signup', signupBody())
    for (const who of [outsider, client(t.app), admin]) {
      expect((await who.post(presenceUrl(first.session.id, first.durand.id))).statusCode).toBe(404)
      expect((await who.get(`/api/invigilation/sessions/${first.session.id}/candidates`)).statusCode).toBe(
        404,
      )
    }
  })
})
