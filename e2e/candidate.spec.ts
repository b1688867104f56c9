import { type APIRequestContext, test as base, expect, request } from '@playwright/test'
import {
  answerQuestion,
  chooseAnswer,
  type DemoCandidate,
  expectNotReloaded,
  joinSession,
  markPage,
  PAUSED,
  PRESENCE_NOT_CONFIRMED,
  RESUME_NOT_AUTHORISED,
  raiseExtensionAlert,
  reportProblem,
  startError,
  startTest,
  typed,
} from './support/candidate-page'
import { demo } from './support/demo'
import { expectAccessible, screenshots } from './support/look'

/**
 * The Espace candidat: a demo candidate joins the session, reads the instructions, is refused until
 * the invigilator confirms their presence (through the API), starts, answers and reloads.
 */

/** The demo session's invigilator, acting through the API (their own screens are tested elsewhere). */
async function signInInvigilator(baseURL: string) {
  const { invigilator, session } = demo()
  const api: APIRequestContext = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
  expect((await api.post('/api/auth/login', { data: invigilator })).ok()).toBe(true)
  const access = await api.post('/api/invigilation/access', {
    data: { sessionNumber: session?.number, password: session?.invigilatorPassword },
  })
  expect(access.ok()).toBe(true)
  const { sessionId } = (await access.json()) as { sessionId: string }
  const base = `/api/invigilation/sessions/${sessionId}`

  const row = async (lastName: string) => {
    const list = await api.get(`${base}/candidates`)
    const candidates = (await list.json()) as Array<{
      id: string
      lastName: string
      test: null | { signalement: null | { id: string } }
    }>
    const candidate = candidates.find((c) => c.lastName === lastName)
    if (!candidate) throw new Error(`${lastName} is not in the session`)
    return candidate
  }
  const post = async (path: string, data?: unknown) => {
    const response = await api.post(`${base}${path}`, data === undefined ? undefined : { data })
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true)
  }
  const onCandidate = async (lastName: string, action: string) =>
    post(`/candidates/${(await row(lastName)).id}/${action}`)

  return {
    confirmPresence: (lastName: string) => onCandidate(lastName, 'presence'),
    authoriseResume: (lastName: string) => onCandidate(lastName, 'resume-authorisation'),
    confirmExtension: (lastName: string) => onCandidate(lastName, 'extension-confirmation'),
    endTest: (lastName: string) => onCandidate(lastName, 'end'),
    /** "Valider le signalement" (with a category) or "Refuser le signalement", on the open report. */
    decide: async (
      lastName: string,
      decision: { decision: 'validated'; category: string } | { decision: 'refused' },
    ) => {
      const signalement = (await row(lastName)).test?.signalement
      if (!signalement) throw new Error(`${lastName} has no open report`)
      await post(`/signalements/${signalement.id}/decision`, decision)
    },
    dispose: () => api.dispose(),
  }
}

/** The invigilator is signed in through the API for the whole test. */
const test = base.extend<{ invigilator: Awaited<ReturnType<typeof signInInvigilator>> }>({
  invigilator: async ({ baseURL }, use) => {
    const invigilator = await signInInvigilator(baseURL ?? '')
    await use(invigilator)
    await invigilator.dispose()
  },
})

test('a candidate joins, is let in, answers, reports problems, comes back after closing the tab and is ended by the invigilator', async ({
  page,
  baseURL,
  browser,
  invigilator,
}) => {
  // Reports, a closed tab and the end follow the first answers: more than one page's worth of time.
  test.setTimeout(180_000)
  const { session, candidates } = demo()
  if (!session) throw new Error('The demo has no session')
  const candidate = candidates[0] as unknown as DemoCandidate

  // Signed out: the sign-in page, which brings the candidate back.
  await page.goto('/candidat')
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fcandidat/)
  await page.getByLabel('Adresse e-mail').fill(candidate.email)
  await page.getByLabel('Mot de passe').fill(candidate.password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rejoindre une session' })).toBeVisible()
  await expect(page.getByText('Communiqué uniquement par le surveillant en début de session')).toBeVisible()

  // Each mistake has its own message.
  await page.getByLabel('Numéro de session').fill('999999')
  await page.getByLabel('Prénom').fill(candidate.firstName)
  await page.getByLabel('Nom de naissance').fill(candidate.lastName)
  await page.getByLabel('Date de naissance').fill('31/02/2001')
  await page.getByTestId('join-submit').click()
  await expect(page.getByText('Saisissez une date de naissance valide au format JJ/MM/AAAA.')).toBeVisible()
  await page.getByLabel('Date de naissance').fill(typed(candidate.birthdate))
  await page.getByTestId('join-submit').click()
  await expect(
    page.getByText('Aucune session ne porte ce numéro. Vérifiez le numéro de session.'),
  ).toBeVisible()
  await expect(page.getByLabel('Numéro de session')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Numéro de session').fill(session.number ?? '')
  await expectAccessible(page)
  await screenshots(page, 'candidate-join')
  await page.getByTestId('join-submit').click()

  // The instructions, then the acknowledgement.
  await expect(page.getByRole('heading', { level: 1, name: 'Instructions' })).toBeVisible()
  await expect(page.getByText('Le test comporte 32 questions.')).toBeVisible()
  await page.getByTestId('instructions-next').click()
  await expect(page.getByText('Signaler un problème avec la question', { exact: false })).toBeVisible()
  await page.getByTestId('instructions-next').click()
  await page.getByTestId('instructions-done').click()
  await expect(
    page.getByText('Cochez la case pour confirmer que vous avez lu les instructions.'),
  ).toBeVisible()
  await page.getByText('J’ai lu et compris ces instructions').click()
  await page.getByTestId('instructions-done').click()

  // The start gate: refused until the invigilator confirms the presence.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vous allez commencer votre test de certification' }),
  ).toBeVisible()
  await expect(
    page.getByText('En cliquant sur "Commencer mon test", j\'accepte', { exact: false }),
  ).toBeVisible()
  await page
    .getByLabel('Code d’accès communiqué par le surveillant')
    .fill((session.accessCode ?? '').toLowerCase())
  await page.getByRole('button', { name: 'Commencer mon test' }).click()
  await expect(startError(page)).toHaveText(PRESENCE_NOT_CONFIRMED)
  await expectAccessible(page)
  await screenshots(page, 'candidate-start')

  await invigilator.confirmPresence(candidate.lastName)
  await page.getByRole('button', { name: 'Commencer mon test' }).click()

  // The test: three answers, then a reload continues at the same question.
  const question = page.getByTestId('candidate-question')
  await expect(question.getByRole('heading', { level: 1, name: 'Question 1 / 32' })).toBeVisible()
  await expect(page.getByTestId('timer')).toContainText(/Temps restant\s:\s\d:\d\d:\d\d/)
  await expectAccessible(page)
  await screenshots(page, 'candidate-question')
  for (let i = 0; i < 3; i++) await answerQuestion(page)
  await expect(question.getByRole('heading', { level: 1, name: 'Question 4 / 32' })).toBeVisible()
  await page.reload()
  // A reload loads the app again (slow on a busy machine): allow it more time.
  await expect(question.getByRole('heading', { level: 1, name: 'Question 4 / 32' })).toBeVisible({
    timeout: 20_000,
  })
  await page.getByTestId('answer-skip').click()
  await expect(question.getByRole('heading', { level: 1, name: 'Question 5 / 32' })).toBeVisible()

  const statement = question.locator('.candidate-statement')
  const status = page.getByTestId('report-status')
  const heading = (name: string) => question.getByRole('heading', { level: 1, name })

  await test.step('a validated report: another question under the same number, by itself', async () => {
    const reported = await statement.textContent()
    await chooseAnswer(page)
    await page.getByRole('button', { name: 'Signaler un problème avec la question' }).click()
    await expect(page.getByRole('alertdialog')).toBeVisible()
    await screenshots(page, 'candidate-report-confirm')
    await page.getByRole('button', { name: 'Annuler' }).click()
    await expect(page.getByRole('alertdialog')).toBeHidden()
    await reportProblem(page)
    await expectAccessible(page)
    await screenshots(page, 'candidate-report-paused')

    await markPage(page)
    await invigilator.decide(candidate.lastName, { decision: 'validated', category: 'E11' })
    await expect(status).toContainText('Votre signalement a été validé')
    await expect(heading('Question 5 / 32')).toBeVisible()
    await expect(statement).not.toHaveText(reported ?? '')
    // A new question: nothing chosen yet.
    await expect(page.getByTestId('answer-validate')).toBeDisabled()
    await expect(page.getByTestId('answer-skip')).toBeEnabled()
    await expectNotReloaded(page)
    await screenshots(page, 'candidate-report-validated')
  })

  await test.step('a refused report: back to the same question, the answer as it was', async () => {
    const reported = await statement.textContent()
    const expectKept = await chooseAnswer(page)
    await reportProblem(page)
    await expectKept()
    // A reload during the pause: the pause comes back, and so does the answer chosen before it.
    await page.reload()
    await expect(status).toContainText(PAUSED, { timeout: 20_000 })
    await expectKept()
    await markPage(page)

    await invigilator.decide(candidate.lastName, { decision: 'refused' })
    await expect(status).toContainText('Votre signalement a été refusé')
    await expect(status).not.toContainText(PAUSED)
    await expect(heading('Question 5 / 32')).toBeVisible()
    await expect(statement).toHaveText(reported ?? '')
    await expectKept()
    await expect(page.getByTestId('answer-validate')).toBeEnabled()
    await expectNotReloaded(page)
    await expectAccessible(page)
    await screenshots(page, 'candidate-report-refused')
    await page.getByTestId('answer-validate').click()
    await expect(heading('Question 6 / 32')).toBeVisible()
    await expect(status).toBeEmpty()
  })

  // The tab is closed: another window has neither the account's cookie nor the test's token.
  await page.close()
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
  const again = await context.newPage()
  const questionAgain = again.getByTestId('candidate-question')

  await test.step('coming back takes the access code and the invigilator’s authorisation', async () => {
    await joinSession(again, candidate, session.number ?? '')
    await startTest(again, session.accessCode ?? '')
    await expect(startError(again)).toHaveText(RESUME_NOT_AUTHORISED)
    await screenshots(again, 'candidate-resume-refused')

    await invigilator.authoriseResume(candidate.lastName)
    await again.getByRole('button', { name: 'Commencer mon test' }).click()
    await expect(questionAgain.getByRole('heading', { level: 1, name: 'Question 6 / 32' })).toBeVisible()
  })

  await test.step('the extension missing blocks the test until the invigilator confirms it', async () => {
    await raiseExtensionAlert(again)
    await expect(again.getByTestId('answer-validate')).toHaveCount(0)
    await expectAccessible(again)
    await screenshots(again, 'candidate-extension-paused')

    await markPage(again)
    await invigilator.confirmExtension(candidate.lastName)
    await expect(again.getByTestId('extension-pause')).toHaveCount(0)
    await expect(questionAgain.getByRole('heading', { level: 1, name: 'Question 6 / 32' })).toBeVisible()
    await expect(again.getByTestId('answer-skip')).toBeEnabled()
    await expectNotReloaded(again)
  })

  await test.step('the invigilator ends the test: the end screen, by itself', async () => {
    await invigilator.endTest(candidate.lastName)
    await expect(
      again.getByRole('heading', { level: 1, name: 'Votre surveillant a mis fin à votre test' }),
    ).toBeVisible()
    await expect(again.getByTestId('candidate-end')).toContainText(
      'vous ne pouvez plus répondre aux questions',
    )
    await expectNotReloaded(again)
    await expectAccessible(again)
    await screenshots(again, 'candidate-end-by-invigilator')
  })
  await context.close()
})
