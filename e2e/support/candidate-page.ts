import { expect, type Page } from '@playwright/test'

/** What a candidate does in the Espace candidat, in its words, shared by the scenarios. */

export interface DemoCandidate {
  email: string
  password: string
  firstName: string
  lastName: string
  birthdate: string
}

export const PRESENCE_NOT_CONFIRMED =
  "Votre surveillant n'a pas confirmé votre présence dans la salle de test. Vous ne pouvez donc pas encore commencer votre test de certification. Merci de prévenir votre surveillant."
export const RESUME_NOT_AUTHORISED =
  'Merci de contacter votre surveillant afin qu’il autorise la reprise de votre test.'
export const PAUSED = 'Les actions sont mises en pause en attendant le surveillant'

/** "2001-07-04" → "04/07/2001", as a person types it. */
export const typed = (iso: string) => iso.split('-').reverse().join('/')

/** From a fresh page: signs in, joins the session, reads the instructions: the access code screen. */
export async function joinSession(page: Page, candidate: DemoCandidate, sessionNumber: string) {
  await page.goto('/candidat')
  await page.getByLabel('Adresse e-mail').fill(candidate.email)
  await page.getByLabel('Mot de passe').fill(candidate.password)
  await page.getByTestId('login-submit').click()
  await page.getByLabel('Numéro de session').fill(sessionNumber)
  await page.getByLabel('Prénom').fill(candidate.firstName)
  await page.getByLabel('Nom de naissance').fill(candidate.lastName)
  await page.getByLabel('Date de naissance').fill(typed(candidate.birthdate))
  await page.getByTestId('join-submit').click()
  await page.getByTestId('instructions-next').click()
  await page.getByTestId('instructions-next').click()
  await page.getByText('J’ai lu et compris ces instructions').click()
  await page.getByTestId('instructions-done').click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vous allez commencer votre test de certification' }),
  ).toBeVisible()
}

/** Types the access code and presses "Commencer mon test". */
export async function startTest(page: Page, accessCode: string) {
  await page.getByLabel('Code d’accès communiqué par le surveillant').fill(accessCode)
  await page.getByRole('button', { name: 'Commencer mon test' }).click()
}

export const startError = (page: Page) => page.getByTestId('start-error').locator('.alert__text')

export const questionHeading = (page: Page, name?: string) =>
  page.getByTestId('candidate-question').getByRole('heading', { level: 1, ...(name && { name }) })

export const statement = (page: Page) =>
  page.getByTestId('candidate-question').locator('.candidate-statement')

/**
 * Chooses an answer without validating it (with the keyboard: Space ticks the focused choice);
 * returns a check that the answer is still there.
 */
export async function chooseAnswer(page: Page): Promise<() => Promise<void>> {
  const question = page.getByTestId('candidate-question')
  const radios = question.getByRole('radio')
  const checkboxes = question.getByRole('checkbox')
  if (await radios.count()) {
    await radios.first().focus()
    await page.keyboard.press('Space')
    await expect(radios.first()).toBeChecked()
    return () => expect(radios.first()).toBeChecked()
  }
  if (await checkboxes.count()) {
    await checkboxes.first().focus()
    await page.keyboard.press('Space')
    await expect(checkboxes.first()).toBeChecked()
    return () => expect(checkboxes.first()).toBeChecked()
  }
  await question.getByRole('textbox').fill('42')
  return () => expect(question.getByRole('textbox')).toHaveValue('42')
}

export async function answerQuestion(page: Page) {
  const heading = questionHeading(page)
  const number = await heading.textContent()
  await chooseAnswer(page)
  await page.getByTestId('answer-validate').click()
  await expect(heading).not.toHaveText(number ?? '')
}

/** "Signaler un problème avec la question", then "Oui, je suis sûr(e)", with the keyboard. */
export async function reportProblem(page: Page) {
  await page.getByRole('button', { name: 'Signaler un problème avec la question' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Oui, je suis sûr(e)' }).focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const status = page.getByTestId('report-status')
  await expect(status).toContainText(PAUSED)
  // The button that was pressed is now disabled: focus is on the message instead of lost.
  await expect(status.locator('[tabindex="-1"]')).toBeFocused()
  await expect(page.getByTestId('answer-validate')).toBeDisabled()
  await expect(page.getByTestId('answer-skip')).toBeDisabled()
}

/**
 * The page reports the extension missing, as it does once the companion check exists: the call
 * is made for it with the tab's own attempt token, then the page is reloaded to show the pause.
 */
export async function raiseExtensionAlert(page: Page) {
  const status = await page.evaluate(async () => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('vigie.attempt.')) ?? ''
    const { token } = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { token: string }
    const testId = key.slice('vigie.attempt.'.length)
    const response = await fetch(`/api/candidate/tests/${testId}/companion-alert`, {
      method: 'POST',
      headers: { 'x-vigie-attempt': token },
    })
    return response.status
  })
  expect(status).toBe(200)
  await page.reload()
  await expect(page.getByTestId('extension-pause')).toContainText('Extension non détectée', {
    timeout: 20_000,
  })
}

/** Marks the page, to check later that it changed by itself (live) and was not reloaded. */
export const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { vigieNotReloaded: true }))
export const expectNotReloaded = async (page: Page) =>
  expect(await page.evaluate(() => 'vigieNotReloaded' in window)).toBe(true)
