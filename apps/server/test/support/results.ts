import { currentBank } from '../../src/evaluation/bank-store'
import type { Item } from '../../src/evaluation/item-format'
import type { TestApp } from './app'
import { candidateBody } from './candidates'
import { type Client, client, signupBody } from './http'
import { attemptClient, type View } from './room'

const items = new WeakMap<TestApp, Promise<Map<string, Item>>>()

async function itemOf(t: TestApp, itemId: string): Promise<Item> {
  let bank = items.get(t)
  if (!bank) {
    bank = currentBank(t.database.db).then(
      (stored) => new Map(stored?.bank.items.map((item) => [item.id, item])),
    )
    items.set(t, bank)
  }
  const item = (await bank).get(itemId)
  if (!item) throw new Error(`item ${itemId} is not in the bank`)
  return item
}

/** The right answer to the question on screen, read from the bank's key. */
export async function rightAnswer(t: TestApp, view: View) {
  const item = await itemOf(t, view.question?.itemId as string)
  return item.type === 'free'
    ? { kind: 'text', text: item.accepted.fr[0] }
    : { kind: 'choices', choiceIds: item.choices.filter((c) => c.correct).map((c) => c.id) }
}

/** A running test in a candidate's browser: answers, reports, the view on screen. */
export function takingTest(t: TestApp, candidate: Client, attemptToken: string, first: View) {
  const browser = attemptClient(t, candidate, attemptToken)
  const testUrl = `/api/candidate/tests/${first.testId}`
  let view = first
  return {
    browser,
    testUrl,
    get view() {
      return view
    },
    /** Answers `count` questions, right ones unless told; returns the view after the last. */
    async answer(count: number, right = true): Promise<View> {
      for (let n = 0; n < count; n++) {
        const response = await browser.post(`${testUrl}/answers`, {
          questionNumber: view.questionNumber,
          itemId: view.question?.itemId,
          answer: right ? await rightAnswer(t, view) : { kind: 'skipped' },
        })
        if (response.statusCode !== 200) throw new Error(`answer ${view.questionNumber}: ${response.body}`)
        view = response.json()
      }
      return view
    },
    report: () =>
      browser.post(`${testUrl}/signalements`, {
        questionNumber: view.questionNumber,
        itemId: view.question?.itemId,
      }),
    async reload(): Promise<View> {
      view = (await browser.get(testUrl)).json()
      return view
    },
  }
}

export type TakingTest = ReturnType<typeof takingTest>

/** Another candidate of the session, enrolled, joined with an account of their own, ready to start. */
export async function joinedCandidate(
  t: TestApp,
  admin: Client,
  session: { id: string; number: string; accessCode: string },
  invigilator: Client,
  names: { lastName: string; firstName: string },
) {
  const enrolled = (
    await admin.post(
      `/api/sessions/${session.id}/candidates`,
      candidateBody({ ...names, birthdate: '2001-03-14' }),
    )
  ).json()
  const candidate = client(t.app)
  await candidate.post('/api/auth/signup', signupBody())
  await candidate.post('/api/candidate/join', {
    sessionNumber: session.number,
    ...names,
    birthdate: '2001-03-14',
  })
  const candidateUrl = `/api/invigilation/sessions/${session.id}/candidates/${enrolled.id}`
  return {
    id: enrolled.id as string,
    candidate,
    presence: () => invigilator.post(`${candidateUrl}/presence`),
    start: () =>
      candidate.post(`/api/candidate/enrolments/${enrolled.id}/start`, { accessCode: session.accessCode }),
    /** Presence confirmed and test started: the candidate's browser on question 1. */
    async started(): Promise<TakingTest> {
      await invigilator.post(`${candidateUrl}/presence`)
      const { attemptToken, test } = (await this.start()).json()
      return takingTest(t, candidate, attemptToken, test)
    },
  }
}

/** A member (not an admin) of the centre, through an invitation as people join. */
export async function centreMember(t: TestApp, admin: Client, centreId: string): Promise<Client> {
  const member = client(t.app)
  const body = signupBody()
  await member.post('/api/auth/signup', body)
  await admin.post(`/api/centres/${centreId}/invitations`, { email: body.email, role: 'member' })
  const token = new URL(t.mailer.lastLink()).searchParams.get('token')
  const accepted = await member.post('/api/invitations/accept', { token })
  if (accepted.statusCode !== 200) throw new Error(`invitation: ${accepted.body}`)
  return member
}
