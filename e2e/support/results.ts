import { readdirSync, readFileSync } from 'node:fs'
import { type APIRequestContext, type APIResponse, expect, request } from '@playwright/test'
import type { DemoCandidate } from './candidate-page'
import { demo } from './demo'
import { BASE_URL } from './server'

/**
 * The demo session after the session, as `results.spec.ts` leaves it: finalised and published,
 * with the demo candidate YASIN Sam validated. When it is not so yet (this file run alone), it
 * gets there as the product's users would, over HTTP: YASIN joins and takes his test, answering
 * most questions right, an invigilator confirms his presence, the centre's admin finalises and publishes.
 */

const FOLDER = new URL('../../content/bank/items/', import.meta.url)
const MINIMUM_ANSWERS = 20

interface BankItem {
  id: string
  type: 'single' | 'multiple' | 'free'
  choices?: Array<{ id: string; correct: boolean }>
  accepted?: Record<string, string[]>
}

interface View {
  testId: string
  status: string
  questionNumber: number
  question: null | { itemId: string; type: string; locale: string }
}

interface RoomCandidate {
  id: string
  lastName: string
  test: null | { status: string; answered: number }
}

export interface CandidateResult {
  candidateId: string
  lastName: string
  firstName: string
  result: null | { status: string; answered: number; score: number | null; verificationCode: string | null }
}

export interface YasinCertificate {
  candidate: DemoCandidate
  /** The session's date, YYYY-MM-DD. */
  date: string
  score: number
  verificationCode: string
}

/** The demo bank's keys: the right answer to any question, as a candidate who knows it gives it. */
const bank = (): Map<string, BankItem> =>
  new Map(
    readdirSync(FOLDER)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => JSON.parse(readFileSync(new URL(file, FOLDER), 'utf8')) as BankItem[])
      .map((item) => [item.id, item]),
  )

/** The right answer to a question, or a wrong one (a first wrong choice, or a wrong number). */
function answerTo(items: Map<string, BankItem>, question: NonNullable<View['question']>, right: boolean) {
  const item = items.get(question.itemId)
  if (!item) throw new Error(`Question ${question.itemId} is not in content/bank`)
  if (item.type === 'free')
    return { kind: 'text', text: right ? (item.accepted?.[question.locale]?.[0] ?? '') : '-1' }
  const choices = item.choices ?? []
  const chosen = right ? choices.filter((c) => c.correct) : choices.filter((c) => !c.correct).slice(0, 1)
  return { kind: 'choices', choiceIds: chosen.map((c) => c.id) }
}

async function signedIn(account: { email: string; password: string }): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } })
  const login = await api.post('/api/auth/login', {
    data: { email: account.email, password: account.password },
  })
  expect(login.ok(), `sign-in of ${account.email}: ${await login.text()}`).toBe(true)
  return api
}

async function ok<T>(what: string, response: Promise<APIResponse>): Promise<T> {
  const answered = await response
  expect(answered.ok(), `${what}: ${answered.status()} ${await answered.text()}`).toBe(true)
  const text = await answered.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export async function ensureYasinCertified(): Promise<YasinCertificate> {
  const { centre, session, candidates } = demo()
  if (!session) throw new Error('The demo has no session')
  const yasin = candidates.find((c) => c.lastName === 'YASIN') as unknown as DemoCandidate | undefined
  if (!yasin) throw new Error('The demo has no candidate YASIN')

  const admin = await signedIn(centre.admin)
  try {
    const me = await ok<{ memberships: Array<{ centreId: string }> }>('me', admin.get('/api/auth/me'))
    const centreId = me.memberships[0]?.centreId
    const sessions = await ok<Array<{ id: string; number: string; date: string; status: string }>>(
      'sessions',
      admin.get(`/api/centres/${centreId}/sessions`),
    )
    const summary = sessions.find((s) => s.number === session.number)
    if (!summary) throw new Error(`Session ${session.number} is not in the demo centre`)
    const base = `/api/sessions/${summary.id}`

    if (summary.status !== 'finalised') {
      await takeTest(yasin, session)
      await finalise(admin, base)
    }
    let results = await ok<{ publishedAt: string | null; candidates: CandidateResult[] }>(
      'results',
      admin.get(`${base}/results`),
    )
    const result = results.candidates.find((c) => c.lastName === 'YASIN')?.result
    if (result?.status !== 'validated' || result.score === null || !result.verificationCode)
      throw new Error(
        `The demo session was finalised without YASIN Sam validated (${JSON.stringify(result)}): run the browser suite on a fresh server.`,
      )
    if (!results.publishedAt) results = await ok('publication', admin.post(`${base}/results/publication`))
    expect(results.publishedAt).not.toBeNull()
    return {
      candidate: yasin,
      date: summary.date,
      score: result.score,
      verificationCode: result.verificationCode,
    }
  } finally {
    await admin.dispose()
  }
}

/** YASIN joins, is let in by the invigilator, starts and answers every question, most of them right. */
async function takeTest(yasin: DemoCandidate, session: Record<string, string>) {
  const candidate = await signedIn(yasin)
  const invigilator = await signedIn(demo().invigilator)
  try {
    const enrolments = await ok<Array<{ candidateId: string; sessionNumber: string }>>(
      'enrolments',
      candidate.get('/api/candidate/enrolments'),
    )
    if (!enrolments.some((e) => e.sessionNumber === session.number))
      await ok(
        'join',
        candidate.post('/api/candidate/join', {
          data: {
            sessionNumber: session.number,
            firstName: yasin.firstName,
            lastName: yasin.lastName,
            birthdate: yasin.birthdate,
          },
        }),
      )

    const { sessionId } = await ok<{ sessionId: string }>(
      'invigilator access',
      invigilator.post('/api/invigilation/access', {
        data: { sessionNumber: session.number, password: session.invigilatorPassword },
      }),
    )
    const room = `/api/invigilation/sessions/${sessionId}`
    const list = await ok<RoomCandidate[]>('room', invigilator.get(`${room}/candidates`))
    const row = list.find((c) => c.lastName === 'YASIN')
    if (!row) throw new Error('YASIN is not in the room')
    if (row.test && row.test.status !== 'started') {
      if (row.test.answered >= MINIMUM_ANSWERS) return
      throw new Error(`YASIN's test ended (${row.test.status}) with ${row.test.answered} answers`)
    }
    // A test left running (an interrupted run) goes on after the invigilator allows it.
    if (row.test) await ok('resume', invigilator.post(`${room}/candidates/${row.id}/resume-authorisation`))
    else await ok('presence', invigilator.post(`${room}/candidates/${row.id}/presence`))
    const started = await ok<{ attemptToken: string; test: View }>(
      'start',
      candidate.post(`/api/candidate/enrolments/${row.id}/start`, {
        data: { accessCode: session.accessCode },
      }),
    )

    const items = bank()
    let view = started.test
    while (view.status === 'started' && view.question) {
      view = await ok<View>(
        `answer ${view.questionNumber}`,
        candidate.post(`/api/candidate/tests/${view.testId}/answers`, {
          headers: { 'x-vigie-attempt': started.attemptToken },
          data: {
            questionNumber: view.questionNumber,
            itemId: view.question.itemId,
            // Two questions out of three right: a score with levels that differ, as real ones do.
            answer: answerTo(items, view.question, view.questionNumber % 3 !== 0),
          },
        }),
      )
    }
    expect(view.status).toBe('completed')
  } finally {
    await candidate.dispose()
    await invigilator.dispose()
  }
}

/**
 * "Finaliser la session": every started test that did not complete needs its abort reason (the
 * other scenarios leave some behind); then the running ones end and every test is scored.
 */
async function finalise(admin: APIRequestContext, base: string) {
  const { invigilator, session } = demo()
  const room = await signedIn(invigilator)
  try {
    const { sessionId } = await ok<{ sessionId: string }>(
      'invigilator access',
      room.post('/api/invigilation/access', {
        data: { sessionNumber: session?.number, password: session?.invigilatorPassword },
      }),
    )
    const tests = await ok<RoomCandidate[]>(
      'room',
      room.get(`/api/invigilation/sessions/${sessionId}/candidates`),
    )
    const unfinished = tests.filter((c) => c.test && c.test.status !== 'completed')
    await ok(
      'finalisation',
      admin.post(`${base}/finalisation`, {
        data: {
          globalComment: 'Session de démonstration finalisée pour vérifier les certificats.',
          candidates: unfinished.map((c) => ({ candidateId: c.id, abortReason: 'candidate' })),
        },
      }),
    )
  } finally {
    await room.dispose()
  }
}
