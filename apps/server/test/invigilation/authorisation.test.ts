import { afterAll, beforeAll, expect, it } from 'vitest'
import type { TestApp } from '../support/app'
import { centreApp } from '../support/centre'
import { type Client, client } from '../support/http'
import { attemptClient, testRoom } from '../support/room'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  ;({ t, admin, centreId } = await centreApp())
}, 120_000)
afterAll(() => t.close())

it('every route of the Espace Surveillant answers "not found" to anyone but the session invigilators', async () => {
  const r = await testRoom(t, admin, centreId)
  const elsewhere = await testRoom(t, admin, centreId)
  await r.presence()
  const { attemptToken, test } = (await r.start()).json()
  const browser = attemptClient(t, r.candidate, attemptToken)
  await browser.post(`/api/candidate/tests/${test.testId}/signalements`, {
    questionNumber: 1,
    itemId: test.question.itemId,
  })
  await browser.post(`/api/candidate/tests/${test.testId}/companion-alert`)
  const signalementId = (await r.rows())[0].test.signalement.id

  const routes = t.routes.filter((route) => route.url.startsWith('/api/invigilation/sessions/:sessionId'))
  expect(routes.length).toBeGreaterThanOrEqual(10)
  const outsiders: Array<[string, Client]> = [
    ['signed out', client(t.app)],
    ["another session's invigilator", elsewhere.invigilator],
    ['the candidate', r.candidate],
    ['a centre member who did not enter', admin],
  ]
  for (const route of routes) {
    const url = route.url
      .replace(':sessionId', r.session.id)
      .replace(':candidateId', r.enrolled.id)
      .replace(':signalementId', signalementId)
    const body = route.url.endsWith('/decision') ? { decision: 'refused' } : undefined
    for (const [who, browser] of outsiders) {
      // Entering as a member is how a centre member becomes an invigilator, and the journal is
      // the centre's to read: both are theirs to use.
      if (browser === admin && /\/(member-access|journal)$/.test(route.url)) continue
      const response = await browser.request(route.method as 'GET' | 'POST' | 'DELETE', url, body)
      const expected = who === 'signed out' && route.url.endsWith('/member-access') ? 401 : 404
      expect(response.statusCode, `${who}: ${route.method} ${route.url}`).toBe(expected)
    }
  }
  // Nothing changed.
  expect((await r.rows())[0]).toMatchObject({
    status: 'signalement',
    test: { status: 'started', extensionMissingSince: expect.any(String) },
  })
})
