import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test'
import { demo } from './support/demo'
import { expectAccessible, screenshots } from './support/look'

/**
 * The Espace candidat: a demo candidate joins the session, reads the instructions, is refused until
 * the invigilator confirms their presence (through the API), starts, answers and reloads.
 */

const PRESENCE_NOT_CONFIRMED =
  "Votre surveillant n'a pas confirmé votre présence dans la salle de test. Vous ne pouvez donc pas encore commencer votre test de certification. Merci de prévenir votre surveillant."

/** "2001-07-04" → "04/07/2001", as a person types it. */
const typed = (iso: string) => iso.split('-').reverse().join('/')

async function invigilatorConfirmsPresence(baseURL: string, lastName: string) {
  const { invigilator, session } = demo()
  const headers = { origin: baseURL }
  const api: APIRequestContext = await request.newContext({ baseURL, extraHTTPHeaders: headers })
  try {
    expect((await api.post('/api/auth/login', { data: invigilator })).ok()).toBe(true)
    const access = await api.post('/api/invigilation/access', {
      data: { sessionNumber: session?.number, password: session?.invigilatorPassword },
    })
    expect(access.ok()).toBe(true)
    const { sessionId } = (await access.json()) as { sessionId: string }
    const list = await api.get(`/api/invigilation/sessions/${sessionId}/candidates`)
    const candidates = (await list.json()) as Array<{ id: string; lastName: string }>
    const candidate = candidates.find((c) => c.lastName === lastName)
    if (!candidate) throw new Error(`${lastName} is not in the session`)
    const presence = await api.post(
      `/api/invigilation/sessions/${sessionId}/candidates/${candidate.id}/presence`,
    )
    expect(presence.ok()).toBe(true)
  } finally {
    await api.dispose()
  }
}

async function answerQuestion(page: Page) {
  const question = page.getByTestId('candidate-question')
  const number = await question.getByRole('heading', { level: 1 }).textContent()
  const radios = question.getByRole('radio')
  const checkboxes = question.getByRole('checkbox')
  // With the keyboard: Space ticks the focused choice.
  if (await radios.count()) {
    await radios.first().focus()
    await page.keyboard.press('Space')
    await expect(radios.first()).toBeChecked()
  } else if (await checkboxes.count()) {
    await checkboxes.first().focus()
    await page.keyboard.press('Space')
    await expect(checkboxes.first()).toBeChecked()
  } else await question.getByRole('textbox').fill('42')
  await page.getByTestId('answer-validate').click()
  await expect(question.getByRole('heading', { level: 1 })).not.toHaveText(number ?? '')
}

test('a candidate joins the session, is let in by the invigilator and answers questions', async ({
  page,
  baseURL,
}) => {
  const { session, candidates } = demo()
  if (!session) throw new Error('The demo has no session')
  const candidate = candidates[0] as {
    email: string
    password: string
    firstName: string
    lastName: string
    birthdate: string
  }

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
  await expect(page.getByTestId('start-error').locator('.alert__text')).toHaveText(PRESENCE_NOT_CONFIRMED)
  await expectAccessible(page)
  await screenshots(page, 'candidate-start')

  await invigilatorConfirmsPresence(baseURL ?? '', candidate.lastName)
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
})
