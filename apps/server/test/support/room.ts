import { ATTEMPT_TOKEN_HEADER } from '@vigie/contract'
import type { TestApp } from './app'
import { candidateBody } from './candidates'
import { sessionBody } from './centre'
import { type Client, client, signupBody } from './http'

/**
 * A session with one joined candidate (DURAND Simon) and one invigilator who has entered, with
 * the calls the tests of a running test make.
 */
export async function testRoom(t: TestApp, admin: Client, centreId: string, extraTimePercentage = 0) {
  const session = (await admin.post(`/api/centres/${centreId}/sessions`, sessionBody())).json()
  const enrolled = (
    await admin.post(
      `/api/sessions/${session.id}/candidates`,
      candidateBody({ lastName: 'DURAND', firstName: 'Simon', extraTimePercentage }),
    )
  ).json()
  const candidate = client(t.app)
  const account = signupBody()
  await candidate.post('/api/auth/signup', account)
  await candidate.post('/api/candidate/join', {
    sessionNumber: session.number,
    firstName: 'Simon',
    lastName: 'Durand',
    birthdate: '1997-05-21',
  })
  const invigilator = await enteredInvigilator(t, session)
  const sessionUrl = `/api/invigilation/sessions/${session.id}`
  const candidateUrl = `${sessionUrl}/candidates/${enrolled.id}`
  const presence = () => invigilator.post(`${candidateUrl}/presence`)
  const resume = () => invigilator.post(`${candidateUrl}/resume-authorisation`)
  const start = (accessCode = session.accessCode as string) =>
    candidate.post(`/api/candidate/enrolments/${enrolled.id}/start`, { accessCode })
  const end = (who: Client = invigilator) => who.post(`${candidateUrl}/end`)
  const rows = async (who: Client = invigilator) => (await who.get(`${sessionUrl}/candidates`)).json()
  return {
    session,
    enrolled,
    candidate,
    account,
    invigilator,
    sessionUrl,
    candidateUrl,
    presence,
    resume,
    start,
    end,
    rows,
  }
}

export type TestRoom = Awaited<ReturnType<typeof testRoom>>

/** A new account that entered the session with its number and password. */
export async function enteredInvigilator(
  t: TestApp,
  session: { number: string; invigilatorPassword: string },
  account: Record<string, unknown> = {},
) {
  const invigilator = client(t.app)
  await invigilator.post('/api/auth/signup', signupBody(account))
  await invigilator.post('/api/invigilation/access', {
    sessionNumber: session.number,
    password: session.invigilatorPassword,
  })
  return invigilator
}

/** The candidate's browser holding the attempt token of its running test. */
export const attemptClient = (t: TestApp, who: Client, token: string) => ({
  get: (url: string) =>
    t.app.inject({
      method: 'GET',
      url,
      remoteAddress: who.remoteAddress,
      headers: { cookie: who.cookie as string, [ATTEMPT_TOKEN_HEADER]: token },
    }),
  post: (url: string, payload?: unknown) =>
    t.app.inject({
      method: 'POST',
      url,
      remoteAddress: who.remoteAddress,
      headers: { cookie: who.cookie as string, [ATTEMPT_TOKEN_HEADER]: token },
      ...(payload !== undefined && { payload: payload as object }),
    }),
})

export type View = {
  testId: string
  questionNumber: number
  status: string
  pausedFor: 'signalement' | 'extension' | null
  question: { itemId: string; type: string; choices: Array<{ id: string }> } | null
}

/** Some answer of the right kind to the question on screen. */
export const answerOf = (view: View) =>
  view.question?.type === 'free'
    ? { kind: 'text', text: 'je ne sais pas' }
    : { kind: 'choices', choiceIds: [view.question?.choices[0]?.id] }
