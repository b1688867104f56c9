import type { SessionCandidateResult, SessionResults } from '@vigie/contract'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfText } from '../../src/centre/documents/testing/pdf-inspection'
import type { TestState } from '../../src/evaluation/engine'
import type { TestApp } from '../support/app'
import { centreAdmin, centreApp } from '../support/centre'
import { type Client, client, signupBody } from '../support/http'
import { centreMember, joinedCandidate, type TakingTest, takingTest } from '../support/results'
import { type TestRoom, testRoom } from '../support/room'

let t: TestApp
let admin: Client
let centreId: string
beforeAll(async () => {
  ;({ t, admin, centreId } = await centreApp())
}, 120_000)
afterAll(() => t.close())

const CODE = /^P-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/

/** Validates the open signalement of this candidate's test: the question is neutralised, another takes its number. */
async function neutraliseCurrent(r: TestRoom, candidateId: string, test: TakingTest) {
  expect((await test.report()).json()).toMatchObject({ pausedFor: 'signalement' })
  const row = (await r.rows()).find((c: { id: string }) => c.id === candidateId)
  const decided = await r.invigilator.post(
    `${r.sessionUrl}/signalements/${row.test.signalement.id}/decision`,
    {
      decision: 'validated',
      category: 'E11',
    },
  )
  expect(decided.statusCode).toBe(204)
  return test.reload()
}

describe('results at the 20-answer edge', () => {
  let r: TestRoom
  let results: SessionResults
  let lucie: Awaited<ReturnType<typeof joinedCandidate>>
  const ids: Record<string, string> = {}
  const of = (lastName: string) =>
    results.candidates.find((c) => c.lastName === lastName) as SessionCandidateResult

  beforeAll(async () => {
    r = await testRoom(t, admin, centreId)
    const join = (lastName: string) =>
      joinedCandidate(t, admin, r.session, r.invigilator, { lastName, firstName: 'Prénom' })

    // DURAND: 19 answers, ended by the invigilator, abandoned by the candidate.
    await r.presence()
    const started = (await r.start()).json()
    await takingTest(t, r.candidate, started.attemptToken, started.test).answer(19)
    await r.end()
    ids.DURAND = r.enrolled.id
    // DUBOIS: 19 answers, running, stopped by a technical problem.
    const dubois = await join('DUBOIS')
    await (await dubois.started()).answer(19)
    ids.DUBOIS = dubois.id
    // MOREAU: 20 answers, ended by the invigilator, stopped by a technical problem.
    const moreau = await join('MOREAU')
    await (await moreau.started()).answer(20)
    await r.invigilator.post(`${r.sessionUrl}/candidates/${moreau.id}/end`)
    ids.MOREAU = moreau.id
    // PETIT: 20 answers, running, left.
    lucie = await join('PETIT')
    await (await lucie.started()).answer(20)
    ids.PETIT = lucie.id
    // ROUX: 19 answers, then question 20 neutralised: its replacement is waiting.
    const roux = await join('ROUX')
    const rouxTest = await roux.started()
    await rouxTest.answer(19)
    expect(await neutraliseCurrent(r, roux.id, rouxTest)).toMatchObject({
      questionNumber: 20,
      pausedFor: null,
    })
    ids.ROUX = roux.id
    // FAURE: 10 answers, question 11 neutralised, 10 more answers.
    const faure = await join('FAURE')
    const faureTest = await faure.started()
    await faureTest.answer(10)
    await neutraliseCurrent(r, faure.id, faureTest)
    expect(await faureTest.answer(10)).toMatchObject({ questionNumber: 21 })
    ids.FAURE = faure.id

    const response = await admin.post(`/api/sessions/${r.session.id}/finalisation`, {
      globalComment: '',
      candidates: [
        { candidateId: ids.DURAND, abortReason: 'candidate' },
        { candidateId: ids.DUBOIS, abortReason: 'technical' },
        { candidateId: ids.MOREAU, abortReason: 'technical' },
        { candidateId: ids.PETIT, abortReason: 'candidate' },
        { candidateId: ids.ROUX, abortReason: 'technical' },
        { candidateId: ids.FAURE, abortReason: 'technical' },
      ],
    })
    expect(response.statusCode).toBe(200)
    results = response.json()
  }, 300_000)

  it('below 20 answers: no score; rejected when the candidate abandoned, cancelled for a technical reason', () => {
    expect(of('DURAND')).toMatchObject({
      testStatus: 'ended_by_invigilator',
      result: {
        status: 'rejected',
        answered: 19,
        score: null,
        level: null,
        competences: [],
        verificationCode: null,
      },
    })
    expect(of('DUBOIS')).toMatchObject({
      testStatus: 'ended_by_finalisation',
      result: { status: 'cancelled', answered: 19, score: null, level: null, verificationCode: null },
    })
  })

  it('from 20 answers: validated with a score, a level, a level per competence and a verification code', () => {
    for (const name of ['MOREAU', 'PETIT']) {
      const { result } = of(name)
      expect(result?.status, name).toBe('validated')
      expect(result?.answered, name).toBe(20)
      // Right answers all along: well above level 1.
      expect(result?.score, name).toBeGreaterThanOrEqual(384)
      expect(result?.score, name).toBeLessThanOrEqual(895)
      expect(result?.level, name).toBeGreaterThanOrEqual(4)
      expect(result?.verificationCode, name).toMatch(CODE)
      const competences = result?.competences ?? []
      expect(competences).toHaveLength(16)
      expect(competences.reduce((sum, c) => sum + c.answered, 0)).toBe(20)
      for (const c of competences) {
        expect(c.title).toEqual(expect.any(String))
        expect(c.level === null).toBe(c.answered === 0)
      }
    }
    expect(of('MOREAU').result?.verificationCode).not.toBe(of('PETIT').result?.verificationCode)
  })

  it('never counts a neutralised question: 19 answers and a neutralised 20th give no score', () => {
    expect(of('ROUX')).toMatchObject({ result: { status: 'cancelled', answered: 19, score: null } })
  })

  it('counts the 20 answers around a neutralised question, and only those, per competence too', async () => {
    expect(of('FAURE')).toMatchObject({ result: { status: 'validated', answered: 20 } })
    const competences = of('FAURE').result?.competences ?? []
    expect(competences.reduce((sum, c) => sum + c.answered, 0)).toBe(20)
    const { state } = await t.database.db
      .selectFrom('tests')
      .select('state')
      .where('candidate_id', '=', ids.FAURE as string)
      .executeTakeFirstOrThrow()
    const questions = (state as TestState).questions
    expect(questions.filter((q) => q.neutralised)).toHaveLength(1)
    expect(questions.filter((q) => q.outcome !== null)).toHaveLength(20)
  })

  it('are read by the centre’s members, the same as at finalisation; by nobody else', async () => {
    const url = `/api/sessions/${r.session.id}/results`
    expect((await admin.get(url)).json()).toEqual(results)
    const member = await centreMember(t, admin, centreId)
    expect((await member.get(url)).statusCode).toBe(200)
    const other = await centreAdmin(t, 'Autre centre')
    for (const who of [client(t.app), other.admin, r.invigilator, r.candidate])
      expect((await who.get(url)).statusCode).toBe(404)
  })

  it('are exported as CSV for French spreadsheets', async () => {
    const response = await admin.get(`/api/sessions/${r.session.id}/documents/resultats.csv`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="resultats-${r.session.number}.csv"`,
    )
    expect(response.body.startsWith('\uFEFFNom de naissance;Prénom;')).toBe(true)
    const [header, ...lines] = parse(response.body, { delimiter: ';', bom: true }) as string[][]
    expect(header?.slice(0, 10)).toEqual([
      'Nom de naissance',
      'Prénom',
      'Date de naissance (JJ/MM/AAAA)',
      'Identifiant externe',
      'Test',
      'Raison de l’abandon',
      'Réponses prises en compte',
      'Résultat',
      'Score (sur 895)',
      'Niveau global',
    ])
    expect(header?.at(-1)).toBe('Code de vérification')
    expect(lines.map((line) => line[0])).toEqual(['DUBOIS', 'DURAND', 'FAURE', 'MOREAU', 'PETIT', 'ROUX'])
    const line = (name: string) => lines.find((l) => l[0] === name) as string[]
    expect(line('DURAND').slice(0, 10)).toEqual([
      'DURAND',
      'Simon',
      '21/05/1997',
      '',
      'Terminé par le surveillant',
      'Candidat',
      '19',
      'Rejeté',
      '',
      '',
    ])
    expect(line('DUBOIS').slice(4, 9)).toEqual(['Terminé à la finalisation', 'Technique', '19', 'Annulé', ''])
    const moreau = of('MOREAU').result
    expect(line('MOREAU').slice(7, 10)).toEqual(['Validé', String(moreau?.score), String(moreau?.level)])
    expect(line('MOREAU').at(-1)).toBe(moreau?.verificationCode)
  })

  it('are published by a centre admin only, once; each candidate sees theirs from then on, and only theirs', async () => {
    const mine = () => lucie.candidate.get('/api/candidate/results')
    expect((await mine()).json()).toEqual([])
    const publication = `/api/sessions/${r.session.id}/results/publication`
    const member = await centreMember(t, admin, centreId)
    expect((await member.post(publication)).json()).toMatchObject({ statusCode: 403, code: 'forbidden' })
    const other = await centreAdmin(t, 'Autre centre')
    expect((await other.admin.post(publication)).statusCode).toBe(404)
    expect((await mine()).json()).toEqual([])

    const published = await admin.post(publication)
    expect(published.statusCode).toBe(200)
    expect(published.json().publishedAt).toBe(t.clock.now().toISOString())
    expect((await admin.post(publication)).json()).toMatchObject({
      statusCode: 409,
      code: 'results_published',
    })

    const petit = of('PETIT').result
    expect((await mine()).json()).toEqual([
      {
        candidateId: ids.PETIT,
        sessionNumber: r.session.number,
        centreName: 'Lycée Jean Moulin',
        date: '2026-12-01',
        firstName: 'Prénom',
        lastName: 'PETIT',
        publishedAt: t.clock.now().toISOString(),
        ...petit,
      },
    ])
    const stranger = client(t.app)
    await stranger.post('/api/auth/signup', signupBody())
    expect((await stranger.get('/api/candidate/results')).json()).toEqual([])
    expect((await client(t.app).get('/api/candidate/results')).statusCode).toBe(401)
    const events = await t.database.db
      .selectFrom('events')
      .select('type')
      .where('topic', '=', `candidate:${ids.PETIT}`)
      .where('type', '=', 'results.published')
      .execute()
    expect(events).toHaveLength(1)
  })
})

describe('before finalisation', () => {
  it('there are no results to read, export or publish', async () => {
    const r = await testRoom(t, admin, centreId)
    for (const response of [
      await admin.get(`/api/sessions/${r.session.id}/results`),
      await admin.get(`/api/sessions/${r.session.id}/documents/resultats.csv`),
      await admin.post(`/api/sessions/${r.session.id}/results/publication`),
    ])
      expect(response.json()).toMatchObject({ statusCode: 409, code: 'session_not_finalised' })
  })
})

describe("the PV d'incident after finalisation", () => {
  it('is the final version, with the centre’s reports, the abort reasons and the global comment', async () => {
    const r = await testRoom(t, admin, centreId)
    await r.presence()
    const started = (await r.start()).json()
    await takingTest(t, r.candidate, started.attemptToken, started.test).answer(5)
    const lea = await joinedCandidate(t, admin, r.session, r.invigilator, {
      lastName: 'MARTIN',
      firstName: 'Léa',
    })
    await (await lea.started()).answer(3)
    await r.end()
    t.clock.advance(30 * 60_000)
    const url = `/api/sessions/${r.session.id}/documents/pv-incident.pdf`
    expect(await pdfText((await admin.get(url)).rawPayload)).toContain('Brouillon établi le')
    const finalised = await admin.post(`/api/sessions/${r.session.id}/finalisation`, {
      globalComment:
        'Coupure électrique de cinq minutes en début de session ; tous les candidats ont repris.',
      candidates: [
        {
          candidateId: r.enrolled.id,
          abortReason: 'technical',
          reports: [{ code: 'E2', questionNumber: 6, comment: 'Simulateur vide' }, { code: 'C6' }],
        },
        { candidateId: lea.id, abortReason: 'candidate', reports: [{ code: 'C1', comment: 'Nom d’usage' }] },
      ],
    })
    expect(finalised.statusCode).toBe(200)

    for (const who of [admin, r.invigilator]) {
      const text = (await pdfText((await who.get(url)).rawPayload)).replace(/\s+/g, ' ')
      expect(text).toMatch(/Version finale, établie le \d\d\/\d\d\/\d{4} à \d\d:\d\d/)
      expect(text).not.toContain('Brouillon')
      expect(text).toMatch(/Session finalisée le \d\d\/\d\d\/\d{4} à \d\d:\d\d par Cécile Dupont\./)
      expect(text).toContain('Rapports du centre')
      expect(text).toContain('DURAND Simon E2 Le simulateur/l')
      expect(text).toContain('Simulateur vide')
      expect(text).toMatch(/DURAND Simon C6 Suspicion de fraude/)
      // A cell wraps over several lines, interleaved with its neighbours by the layout.
      expect(text).toContain('MARTIN Léa C1 Modification des nom, prénom ou date Nom d’usage de naissance')
      expect(text).toContain('DURAND Simon : Problème technique')
      expect(text).toContain('MARTIN Léa : Abandon du candidat ; test terminé à la finalisation')
      expect(text).toContain('Commentaire global du centre')
      expect(text).toContain(
        'Coupure électrique de cinq minutes en début de session ; tous les candidats ont repris.',
      )
      expect(text).toContain('DURAND Simon Test terminé par le')
    }
  })
})
