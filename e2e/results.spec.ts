import { readdirSync, readFileSync } from 'node:fs'
import { type Browser, expect, type Page, request, test } from '@playwright/test'
import { type DemoCandidate, joinSession, questionHeading, startTest } from './support/candidate-page'
import { demo } from './support/demo'
import { signIn } from './support/invigilator-page'
import { expectAccessible, screenshots } from './support/look'

/**
 * After the session: a demo candidate takes most of the test and leaves; the centre's admin
 * finalises the demo session (after the other scenarios, or alone), reads the results, downloads
 * them and publishes them. Runs last: finalising freezes the demo session.
 */

type BankItem = {
  id: string
  type: 'single' | 'multiple' | 'free'
  choices?: Array<{ id: string; correct: boolean }>
  accepted?: { fr: string[] }
}

/** The demo bank's keys, to answer as a well-prepared candidate would. */
const bankItems = (() => {
  const folder = new URL('../content/bank/items/', import.meta.url)
  const items = new Map<string, BankItem>()
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')))
    for (const item of JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as BankItem[])
      items.set(item.id, item)
  return items
})()

/** The question on screen, as the page's own attempt reads it. */
async function currentItemId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('vigie.attempt.')) ?? ''
    const { token } = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { token: string }
    const testId = key.slice('vigie.attempt.'.length)
    const response = await fetch(`/api/candidate/tests/${testId}`, { headers: { 'x-vigie-attempt': token } })
    const view = (await response.json()) as { question: { itemId: string } | null }
    return view.question?.itemId ?? ''
  })
}

/** Answers the question on screen rightly, through the page, and validates. */
async function answerRightly(page: Page) {
  const heading = questionHeading(page)
  const number = await heading.textContent()
  const item = bankItems.get(await currentItemId(page))
  if (!item) throw new Error('The question on screen is not in the demo bank')
  const question = page.getByTestId('candidate-question')
  if (item.type === 'free') await question.getByRole('textbox').fill(item.accepted?.fr[0] ?? '')
  else
    for (const choice of item.choices?.filter((c) => c.correct) ?? []) {
      // With the keyboard, as chooseAnswer does: the input itself sits under its drawn circle.
      const input = question.locator(`input[value="${choice.id}"]`)
      await input.focus()
      await page.keyboard.press('Space')
      await expect(input).toBeChecked()
    }
  await page.getByTestId('answer-validate').click()
  await expect(heading).not.toHaveText(number ?? '')
}

/** "Confirmer la présence", by the demo invigilator through the API (their screens are tested elsewhere). */
async function confirmPresence(baseURL: string, lastName: string) {
  const { invigilator, session } = demo()
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
  expect((await api.post('/api/auth/login', { data: invigilator })).ok()).toBe(true)
  const access = await api.post('/api/invigilation/access', {
    data: { sessionNumber: session?.number, password: session?.invigilatorPassword },
  })
  expect(access.ok()).toBe(true)
  const { sessionId } = (await access.json()) as { sessionId: string }
  const base = `/api/invigilation/sessions/${sessionId}`
  const rows = (await (await api.get(`${base}/candidates`)).json()) as Array<{ id: string; lastName: string }>
  const candidate = rows.find((row) => row.lastName === lastName)
  if (!candidate) throw new Error(`${lastName} is not in the session`)
  const confirmed = await api.post(`${base}/candidates/${candidate.id}/presence`)
  expect(confirmed.ok(), await confirmed.text()).toBe(true)
  await api.dispose()
}

async function centreAdminPage(browser: Browser) {
  const { centre, session } = demo()
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage()
  await page.goto('/connexion')
  await signIn(page, centre.admin)
  await page.getByTestId('home-centre').getByRole('link', { name: centre.name }).click()
  await page
    .getByTestId('session-card')
    .filter({ hasText: `N° ${session?.number}` })
    .getByRole('link')
    .click()
  await expect(page.getByRole('heading', { level: 1, name: `Session ${session?.number}` })).toBeVisible()
  return page
}

const ANSWERS = 21

test.use({ actionTimeout: 15_000 })

test('a candidate takes most of the test and leaves; the centre finalises the session, reads, downloads and publishes the results', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const { session, candidates } = demo()
  if (!session) throw new Error('The demo has no session')
  const sam = candidates.find((c) => c.lastName === 'YASIN') as unknown as DemoCandidate

  const page = await centreAdminPage(browser)

  await test.step('the centre lets candidates in without the browser extension (this browser has none)', async () => {
    const note = page.getByTestId('extension-not-required')
    if (!(await note.isVisible())) {
      await page.getByTestId('edit-session').click()
      const required = page.getByRole('checkbox', {
        name: 'Extension de navigateur obligatoire pour les candidats',
      })
      await expect(required).toBeChecked()
      await expect(required).toHaveAccessibleDescription(/par exemple des tablettes/)
      await required.uncheck({ force: true })
      await page.getByTestId('session-submit').click()
    }
    await expect(note.locator('.alert__text')).toHaveText(
      "L'extension de navigateur n'est pas obligatoire pour cette session : les candidats peuvent passer le test sans elle.",
    )
  })

  await test.step(`YASIN Sam answers ${ANSWERS} questions, then leaves`, async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await joinSession(page, sam, session.number ?? '')
    await confirmPresence(baseURL ?? '', 'YASIN')
    await startTest(page, session.accessCode ?? '')
    await expect(questionHeading(page)).toBeVisible()
    for (let answered = 0; answered < ANSWERS; answered++) await answerRightly(page)
    await context.close()
  })

  const form = page.getByTestId('finalise-form')
  const cards = page.getByTestId('finalise-candidate')
  const card = (name: string) => cards.filter({ has: page.getByRole('group', { name, exact: true }) })
  const abortReasons = form.getByTestId('finalise-abort-reason')

  await test.step('the finalisation form: every candidate, their test, the reasons it asks for', async () => {
    await page.reload()
    await page.getByTestId('finalise-link').click()
    await expect(
      page.getByRole('heading', { level: 1, name: `Finaliser la session ${session.number}` }),
    ).toBeVisible()
    await expect(cards).toHaveCount(8)
    await expect(card('YASIN Sam').getByTestId('finalise-test')).toContainText('Test en cours')
    await expect(card('YASIN Sam').getByTestId('finalise-test')).toContainText(`${ANSWERS} réponses`)
    // Sam's test is running: it asks why it stopped; candidates who never started are asked nothing.
    await expect(card('YASIN Sam').getByRole('radiogroup', { name: 'Motif de l’abandon' })).toBeVisible()
    for (const name of await cards.locator('.finalise-card__name').allTextContents()) {
      const test = await card(name).getByTestId('finalise-test').locator('.tag').textContent()
      const finished = test === 'N’a pas commencé le test' || test === 'Test terminé'
      await expect(card(name).getByTestId('finalise-abort-reason')).toHaveCount(finished ? 0 : 1)
    }

    const comment = page.getByLabel('Commentaire général (facultatif)')
    await comment.fill('Coupure réseau de 5 minutes vers 14 h 30, sans effet sur les tests.')
    await expect(form).toContainText('67 caractères sur 500')
    await expectAccessible(page)
    await screenshots(page, 'results-finalisation-form')
  })

  await test.step('without the reasons, each missing one is shown on its candidate', async () => {
    await page.getByTestId('finalise-submit').click()
    const missing = await abortReasons.count()
    await expect(form.getByText('Indiquez le motif de l’abandon', { exact: false })).toHaveCount(missing)
    await expect(page.getByRole('alertdialog')).toBeHidden()
    // The first field in error has the focus.
    await expect(abortReasons.first().getByRole('radio').first()).toBeFocused()
    await expectAccessible(page)
    await screenshots(page, 'results-finalisation-errors')
  })

  await test.step('a report on a question, the reasons given, then "Finaliser la session"', async () => {
    const samCard = card('YASIN Sam')
    await samCard.getByRole('button', { name: 'Ajouter un signalement pour YASIN Sam' }).click()
    // The new report's code takes the focus.
    await expect(samCard.getByRole('button', { name: 'Choisissez un code Code' })).toBeFocused()
    await samCard.getByRole('button', { name: 'Choisissez un code Code' }).click()
    await page.getByRole('option', { name: /^E11 – / }).click()
    await samCard.getByLabel('Numéro de la question').fill('40')
    await samCard.getByLabel('Commentaire (facultatif)').fill('Page blanche pendant une minute')
    // Every other unfinished test stopped for a technical reason; Sam left of his own accord.
    for (const group of await abortReasons.all())
      await group.getByText('Problème technique', { exact: true }).click()
    await samCard.getByText('Abandon du candidat', { exact: true }).click()
    await page.getByTestId('finalise-submit').click()
    await expect(
      samCard.getByText('Saisissez le numéro d’une question vue par le candidat, de 1 à'),
    ).toBeVisible()
    await expect(samCard.getByLabel('Numéro de la question')).toBeFocused()
    await expectAccessible(page)
    await screenshots(page, 'results-finalisation-report')
    await samCard.getByLabel('Numéro de la question').fill('12')
    await page.getByTestId('finalise-submit').click()

    const dialog = page.getByRole('alertdialog', { name: `Finaliser la session ${session.number} ?` })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('La session sera figée')
    await expect(dialog).toContainText('encore en cours')
    await dialog.getByRole('button', { name: 'Finaliser la session' }).click()
    await expect(page.getByTestId('notice').locator('.alert__text')).toHaveText(
      'La session a été finalisée : ses résultats sont calculés.',
    )
    await expect(page.getByTestId('session-status')).toHaveText('Finalisée')
    await expect(page.getByTestId('finalise-link')).toHaveCount(0)
    await expectAccessible(page)
    await screenshots(page, 'results-session-finalised')
  })

  await test.step('the results: Sam validated with a score, the others in words', async () => {
    await page.getByTestId('results-link').click()
    await expect(
      page.getByRole('heading', { level: 1, name: `Résultats de la session ${session.number}` }),
    ).toBeVisible()
    const sam = page
      .getByTestId('result-card')
      .filter({ has: page.getByRole('heading', { name: 'YASIN Sam' }) })
    await expect(sam.getByTestId('result-status')).toHaveText('Validé')
    await expect(sam.getByTestId('result-score')).toHaveText(/^\d{2,3} \/ 895$/)
    await expect(sam.getByTestId('result-level')).toHaveText(/^[1-7]$/)
    await sam.getByText('Niveaux par compétence').click()
    await expect(sam.locator('.result-card__competence')).not.toHaveCount(0)
    await expect(page.getByTestId('results-not-published')).toBeVisible()
    await expectAccessible(page)
    await screenshots(page, 'results-table')
  })

  await test.step('the CSV of the results', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-results-csv').click(),
    ])
    expect(download.suggestedFilename()).toBe(`resultats-${session.number}.csv`)
    const csv = readFileSync((await download.path()) ?? '', 'utf8')
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toContain('Nom de naissance;Prénom')
    expect(lines).toHaveLength(9)
    const samLine = lines.find((line) => line.startsWith('YASIN;Sam;'))
    expect(samLine).toContain(';Terminé à la finalisation;Candidat;')
    expect(samLine).toMatch(/;Validé;\d{2,3};[1-7];/)
  })

  await test.step('"Publier les résultats", once', async () => {
    await page.getByTestId('publish-results').click()
    const dialog = page.getByRole('alertdialog', { name: /^Publier les résultats/ })
    await expect(dialog).toContainText('La publication est définitive.')
    await dialog.getByRole('button', { name: 'Publier les résultats' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('results-published')).toContainText('Résultats publiés le')
    await expect(page.getByTestId('publish-results')).toHaveCount(0)
    await expectAccessible(page)
  })
})
