import { afterAll, beforeAll, expect, it } from 'vitest'
import { pdfText } from '../../src/centre/documents/testing/pdf-inspection'
import type { TestApp } from '../support/app'
import { centreApp } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'
import { attemptClient, enteredInvigilator, testRoom, type View } from '../support/room'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  ;({ t, admin, centreId } = await centreApp())
}, 120_000)
afterAll(() => t.close())

const minutes = (n: number) => t.clock.advance(n * 60_000)

it("the PV d'incident lists what happened, with each time and author, for the centre and the invigilators only", async () => {
  // The test clock starts at 08:00 UTC: 09:00 in Paris, the centre's time zone.
  const r = await testRoom(t, admin, centreId)
  const marc = await enteredInvigilator(t, r.session, { firstName: 'Marc', lastName: 'Leroy' })
  await r.presence()
  const { attemptToken, test } = (await r.start()).json()
  const browser = attemptClient(t, r.candidate, attemptToken)
  const testUrl = `/api/candidate/tests/${test.testId}`
  const report = async () => {
    const view: View = (await browser.get(testUrl)).json()
    await browser.post(`${testUrl}/signalements`, {
      questionNumber: view.questionNumber,
      itemId: view.question?.itemId,
    })
    return (await r.rows())[0].test.signalement.id as string
  }
  const decide = (who: Client, id: string, body: object) =>
    who.post(`${r.sessionUrl}/signalements/${id}/decision`, body)

  minutes(5)
  const first = await report() // 09:05
  minutes(2)
  expect((await decide(r.invigilator, first, { decision: 'validated', category: 'E11' })).statusCode).toBe(
    204,
  ) // 09:07
  minutes(3)
  const second = await report() // 09:10
  minutes(1)
  expect((await decide(marc, second, { decision: 'refused' })).statusCode).toBe(204) // 09:11
  minutes(4)
  await browser.post(`${testUrl}/companion-alert`) // 09:15
  minutes(3)
  expect((await marc.post(`${r.candidateUrl}/extension-confirmation`)).statusCode).toBe(204) // 09:18
  minutes(2)
  expect((await r.resume()).statusCode).toBe(204) // 09:20
  minutes(5)
  expect((await r.end(marc)).statusCode).toBe(204) // 09:25

  const url = `/api/sessions/${r.session.id}/documents/pv-incident.pdf`
  const asMember = await admin.get(url)
  expect(asMember.statusCode).toBe(200)
  expect(asMember.headers['content-type']).toBe('application/pdf')
  expect(asMember.headers['content-disposition']).toBe(
    `attachment; filename="pv-incident-${r.session.number}.pdf"`,
  )
  const text = (await pdfText(asMember.rawPayload)).replace(/[ \t]+/g, ' ')

  expect(text).toContain("PV d'incident")
  expect(text).toContain(r.session.number)
  expect(text).toMatch(/Brouillon établi le 25\/11\/2026 à 09:25/)
  expect(text).toMatch(/Cécile Dupont, entré\(e\) à 09:00/)
  expect(text).toMatch(/Marc Leroy, entré\(e\) à 09:00/)
  // An event's cells wrap over several lines, interleaved by the layout: read its block whole.
  const block = (time: string) => {
    const start = text.indexOf(`${time} DURAND Simon`)
    const next = text.slice(start + 5).search(/\n\s*\d\d:\d\d DURAND/)
    return start < 0 ? '' : text.slice(start, next < 0 ? undefined : start + 5 + next).replace(/\s+/g, ' ')
  }
  const expectBlock = (time: string, ...parts: string[]) => {
    for (const part of parts) expect(block(time), time).toContain(part)
  }
  expectBlock('09:05', 'Signalement, question 1', 'Validé à 09:07 : E11', 'Cécile Dupont')
  expectBlock('09:10', 'Signalement, question 1', 'Refusé à 09:11', 'Marc Leroy')
  expectBlock(
    '09:15',
    'Extension non détectée',
    'confirmée à',
    '09:18',
    'test bloqué 3 min 00 s',
    'Marc Leroy',
  )
  expectBlock('09:20', 'Reprise du test autorisée', 'Cécile Dupont')
  expectBlock('09:25', 'Test terminé par le', 'surveillant', 'Marc Leroy')
  // In time order.
  const order = ['09:05', '09:10', '09:15', '09:20', '09:25'].map((time) => text.indexOf(`${time} DURAND`))
  expect(order).toEqual([...order].sort((a, b) => a - b))
  expect(order.every((index) => index >= 0)).toBe(true)

  expect((await marc.get(url)).statusCode).toBe(200)
  const outsider = client(t.app)
  await outsider.post('/api/auth/signup', signupBody())
  for (const who of [outsider, client(t.app), r.candidate]) expect((await who.get(url)).statusCode).toBe(404)
})

it('says so when nothing happened', async () => {
  const r = await testRoom(t, admin, centreId)
  const text = await pdfText(
    (await admin.get(`/api/sessions/${r.session.id}/documents/pv-incident.pdf`)).rawPayload,
  )
  expect(text).toContain('Aucun signalement, aucune reprise')
  expect(text).toContain('Observations du ou des surveillants')
  expect(text).toContain('Signature du responsable du centre')
})
