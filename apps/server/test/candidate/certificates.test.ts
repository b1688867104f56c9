import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verificationThrottle } from '../../src/candidate/certificate-verification'
import { pdfImages, pdfText } from '../../src/centre/documents/testing/pdf-inspection'
import { expectedQrModules, readQrModules } from '../../src/centre/documents/testing/qr-inspection'
import { ensureSomeBank } from '../../src/evaluation/bank-store'
import { PUBLIC_URL, startTestApp, type TestApp } from '../support/app'
import { centreAdmin } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'
import { joinedCandidate, takingTest } from '../support/results'
import { type TestRoom, testRoom } from '../support/room'

let t: TestApp
let admin: Client
let r: TestRoom
let lea: Awaited<ReturnType<typeof joinedCandidate>>
let code: string
let score: number
beforeAll(async () => {
  t = await startTestApp()
  await ensureSomeBank(t.database.db)
  ;({ admin } = await centreAdmin(t))
  const centreId = (await admin.get('/api/auth/me')).json().memberships[0].centreId
  // DURAND Simon completes the test with right answers; MARTIN Léa stops at 19 answers.
  r = await testRoom(t, admin, centreId)
  await r.presence()
  const started = (await r.start()).json()
  await takingTest(t, r.candidate, started.attemptToken, started.test).answer(32)
  lea = await joinedCandidate(t, admin, r.session, r.invigilator, { lastName: 'MARTIN', firstName: 'Léa' })
  await (await lea.started()).answer(19)
  const finalised = await admin.post(`/api/sessions/${r.session.id}/finalisation`, {
    globalComment: '',
    candidates: [{ candidateId: lea.id, abortReason: 'candidate' }],
  })
  const simon = finalised.json().candidates.find((c: { lastName: string }) => c.lastName === 'DURAND')
  expect(simon.result.status).toBe('validated')
  ;({ verificationCode: code, score } = simon.result)
}, 300_000)
afterAll(() => t.close())

const certificateUrl = (candidateId: string) => `/api/candidate/results/${candidateId}/certificate.pdf`
const verify = (who: Client, typed: string) => who.get(`/api/certificates/${encodeURIComponent(typed)}`)

describe('before the results are published', () => {
  it('there is no certificate to download nor to verify', async () => {
    expect((await r.candidate.get(certificateUrl(r.enrolled.id))).statusCode).toBe(404)
    expect((await verify(client(t.app), code)).json()).toMatchObject({ statusCode: 404, code: 'not_found' })
    expect((await r.candidate.get('/api/candidate/results')).json()).toEqual([])
  })
})

describe('once published', () => {
  beforeAll(async () => {
    expect((await admin.post(`/api/sessions/${r.session.id}/results/publication`)).statusCode).toBe(200)
  })

  it('the candidate downloads a certificate with their name, birth date, score, levels and verification code', async () => {
    const [mine] = (await r.candidate.get('/api/candidate/results')).json()
    expect(mine).toMatchObject({ status: 'validated', score, verificationCode: code })
    const response = await r.candidate.get(certificateUrl(r.enrolled.id))
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['content-disposition']).toBe(`attachment; filename="certificat-${code}.pdf"`)
    expect(response.headers['cache-control']).toBe('no-store')
    const text = (await pdfText(response.rawPayload)).replace(/\s+/g, ' ')
    expect(text).toContain('Certificat')
    expect(text).toContain('Simon DURAND')
    expect(text).toContain('Né(e) le 21/05/1997')
    expect(text).toContain('Date de la session 1 décembre 2026')
    expect(text).toMatch(new RegExp(`SCORE NIVEAU GLOBAL ${score} / ?895 ${mine.level} / ?7`))
    expect(text).toContain('Niveau par compétence')
    for (const competence of mine.competences)
      expect(text).toContain(`${competence.code} ${competence.title}`.slice(0, 30))
    expect(text).toContain(code)
    expect(text).toContain(`${PUBLIC_URL}/verification`)
    // The demo bank's calibrations are synthetic: the certificate says so.
    expect(text).toContain('calibration synthétique')
    const [qr] = await pdfImages(response.rawPayload)
    const verificationUrl = `${PUBLIC_URL}/verification?code=${code}`
    if (!qr) throw new Error('no QR code')
    expect(readQrModules(qr, verificationUrl)).toEqual(expectedQrModules(verificationUrl))
  })

  it('is the holder’s alone, and only for a validated result', async () => {
    const stranger = client(t.app)
    await stranger.post('/api/auth/signup', signupBody())
    expect((await stranger.get(certificateUrl(r.enrolled.id))).statusCode).toBe(404)
    expect((await admin.get(certificateUrl(r.enrolled.id))).statusCode).toBe(404)
    expect((await client(t.app).get(certificateUrl(r.enrolled.id))).statusCode).toBe(401)
    expect((await lea.candidate.get('/api/candidate/results')).json()).toMatchObject([
      { status: 'rejected', answered: 19, score: null, verificationCode: null },
    ])
    expect((await lea.candidate.get(certificateUrl(lea.id))).statusCode).toBe(404)
    expect((await r.candidate.get(certificateUrl('not-a-uuid'))).statusCode).toBe(404)
  })

  it('the public verification gives the holder’s name, the date and the score, and nothing else', async () => {
    const visitor = client(t.app)
    const response = await verify(visitor, code)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ firstName: 'Simon', lastName: 'DURAND', date: '2026-12-01', score })
    expect(response.headers['cache-control']).toBe('no-store')
    // As people type it: lower case, spaces, no hyphens.
    const typed = ` ${code.slice(2).replaceAll('-', ' ').toLowerCase()} `
    expect((await verify(visitor, typed)).json()).toEqual(response.json())
  })

  it('answers the same 404 for any other code', async () => {
    const visitor = client(t.app)
    const last = code.at(-1) === 'A' ? 'B' : 'A'
    for (const other of [`${code.slice(0, -1)}${last}`, 'P-AAAA-AAAA-AAAA', 'hello', 'P-0000-1111-IIII'])
      expect((await verify(visitor, other)).json(), other).toEqual({
        statusCode: 404,
        code: 'not_found',
        message: 'Certificate not found.',
      })
  })

  it('is limited to 30 checks per address every 10 minutes, valid or not, with the time to wait', async () => {
    const visitor = client(t.app)
    expect(verificationThrottle).toMatchObject({ limit: 30, windowSeconds: 600 })
    for (let i = 0; i < 30; i++)
      expect((await verify(visitor, i % 2 ? code : 'P-AAAA-AAAA-AAAA')).statusCode).toBeLessThan(429)
    const limited = await verify(visitor, code)
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: expect.any(Number) })
    expect(Number(limited.headers['retry-after'])).toBe(limited.json().retryAfterSeconds)
    expect(limited.json().retryAfterSeconds).toBeLessThanOrEqual(600)
    // Another address is not held back; this one is let through again in the next window.
    expect((await verify(client(t.app), code)).statusCode).toBe(200)
    t.clock.advance(limited.json().retryAfterSeconds * 1000)
    expect((await verify(visitor, code)).statusCode).toBe(200)
  })
})
