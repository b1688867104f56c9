import { type APIResponse, type Browser, expect, type Page, request, test } from '@playwright/test'
import { demo } from './support/demo'
import { chooseAction, enterSession, row, signIn, status } from './support/invigilator-page'
import { expectAccessible, screenshots } from './support/look'

/**
 * The Espace Surveillant: the demo invigilator (through the kit's QR code link) and the demo centre's
 * admin enter the same session; each sees the other's presence confirmations live, with no reload.
 * Then a candidate (the last of the demo, driven through the API) starts, reports problems, loses
 * the extension and is ended, while both dashboards follow and act, one of them too late.
 */

async function newPage(browser: Browser) {
  const context = await browser.newContext()
  return context.newPage()
}

test('two invigilators follow the same session live', async ({ browser }) => {
  const { invigilator, centre, session } = demo()
  if (!session) throw new Error('The demo has no session')

  // The invigilator opens the kit's link, signs in, and comes back with the number filled in.
  const first = await newPage(browser)
  await first.goto(`/surveillance?session=${encodeURIComponent(session.number ?? '')}`)
  await expect(first).toHaveURL(/\/connexion/)
  await signIn(first, invigilator)
  await expect(first.getByRole('heading', { level: 1, name: 'Surveiller une session' })).toBeVisible()
  await expect(first.getByText('Tous les champs sont obligatoires.')).toBeVisible()
  await expect(first.getByLabel('Numéro de la session')).toHaveValue(session.number ?? '')
  await expect(first.getByText('Exemple : C-12345')).toBeVisible()

  // A wrong password: one generic message.
  await first.getByLabel('Mot de passe de la session').fill('C-WRONG1')
  await first.getByRole('button', { name: 'Surveiller la session' }).click()
  await expect(first.getByTestId('access-error')).toContainText('incorrect')
  await first.getByLabel('Mot de passe de la session').fill('')
  await screenshots(first, 'invigilator-access')
  await expectAccessible(first)

  await first.getByLabel('Mot de passe de la session').fill(session.invigilatorPassword ?? '')
  await first.getByRole('button', { name: 'Surveiller la session' }).click()
  await expect(first.getByTestId('invigilator-session')).toBeVisible()
  await expect(first.getByTestId('access-code')).toHaveText(session.accessCode ?? '')
  await expect(first.getByTestId('candidate-row')).toHaveCount(8)
  // Other scenarios may already have confirmed someone in the demo room: count from what is there.
  await expect(first.getByTestId('candidates-count')).toHaveText(/^\d+\/8 candidats? sélectionnés?$/)
  const before = Number(((await first.getByTestId('candidates-count').textContent()) ?? '').split('/')[0])
  const counter = (n: number) => `${n}/8 ${n > 1 ? 'candidats sélectionnés' : 'candidat sélectionné'}`

  // The centre's admin enters with the number and the password too.
  const second = await newPage(browser)
  await second.goto('/surveillance')
  await signIn(second, centre.admin)
  await second.getByLabel('Numéro de la session').fill(session.number ?? '')
  await second.getByLabel('Mot de passe de la session').fill(session.invigilatorPassword ?? '')
  await second.getByRole('button', { name: 'Surveiller la session' }).click()
  await expect(second.getByTestId('candidate-row')).toHaveCount(8)

  // The first confirms DURAND Simon's presence; the second sees it with no reload.
  await row(first, 'DURAND Simon')
    .getByRole('button', { name: 'Confirmer la présence de DURAND Simon' })
    .click()
  await expect(row(first, 'DURAND Simon').getByTestId('candidate-status')).toHaveText('Présence confirmée')
  await expect(row(second, 'DURAND Simon').getByTestId('candidate-status')).toHaveText('Présence confirmée')
  await expect(second.getByTestId('candidates-count')).toHaveText(counter(before + 1))
  await expect(first.getByTestId('candidates-count')).toHaveText(counter(before + 1))

  // The search box filters by name.
  await second.getByLabel('Rechercher un candidat').fill('durand')
  await expect(second.getByTestId('candidate-row')).toHaveCount(1)
  await second.getByLabel('Rechercher un candidat').fill('')

  // The journal says who did what.
  await first.getByTestId('journal-toggle').click()
  await expect(first.getByTestId('journal')).toContainText('Présence confirmée')

  await screenshots(first, 'invigilator-session')
  await expectAccessible(first)

  // The second cancels; the first sees it.
  await row(second, 'DURAND Simon')
    .getByRole('button', { name: 'Annuler la confirmation de DURAND Simon' })
    .click()
  await expect(row(first, 'DURAND Simon').getByTestId('candidate-status')).toHaveText('Non confirmé')
  await expect(first.getByTestId('candidates-count')).toHaveText(counter(before))
  await expect(first.getByTestId('journal')).toContainText('Confirmation annulée')

  // Keyboard only: Tab reaches a confirmation button, Enter presses it.
  await row(second, 'DURAND Simon')
    .getByRole('button', { name: /Confirmer la présence/ })
    .focus()
  await second.keyboard.press('Enter')
  await expect(row(first, 'DURAND Simon').getByTestId('candidate-status')).toHaveText('Présence confirmée')
  await expect(first.getByTestId('candidates-count')).toHaveText(counter(before + 1))

  // 15 rows fit a 1366×768 screen: the first row starts high enough and each row is compact.
  await first.setViewportSize({ width: 1366, height: 768 })
  await first.evaluate(() => window.scrollTo(0, 0))
  const box = await first.getByTestId('candidate-row').first().boundingBox()
  if (!box) throw new Error('No candidate row')
  expect(box.height, 'a compact row').toBeLessThanOrEqual(48)
  expect(box.y + 15 * box.height, 'room for 15 rows at 1366×768').toBeLessThanOrEqual(768)

  await first.context().close()
  await second.context().close()
})

interface DemoCandidate {
  email: string
  password: string
  firstName: string
  lastName: string
  birthdate: string
}

interface CandidateTest {
  testId: string
  questionNumber: number
  question: { itemId: string } | null
}

/** A candidate acting through the API, as their browser would: join, start, report, lose the extension. */
async function candidateClient(baseURL: string, candidate: DemoCandidate) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
  expect(
    (
      await api.post('/api/auth/login', { data: { email: candidate.email, password: candidate.password } })
    ).ok(),
  ).toBe(true)
  let attempt = ''
  let testId = ''
  const ok = async (response: APIResponse) => {
    expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true)
    return response
  }
  return {
    async join(sessionNumber: string) {
      const { firstName, lastName, birthdate } = candidate
      const response = await ok(
        await api.post('/api/candidate/join', { data: { sessionNumber, firstName, lastName, birthdate } }),
      )
      return ((await response.json()) as { candidateId: string }).candidateId
    },
    async start(candidateId: string, accessCode: string) {
      const response = await ok(
        await api.post(`/api/candidate/enrolments/${candidateId}/start`, { data: { accessCode } }),
      )
      const started = (await response.json()) as { attemptToken: string; test: CandidateTest }
      attempt = started.attemptToken
      testId = started.test.testId
    },
    /** "Signaler un problème avec la question" on the question on screen. */
    async report() {
      const headers = { 'x-vigie-attempt': attempt }
      const current = (await (
        await ok(await api.get(`/api/candidate/tests/${testId}`, { headers }))
      ).json()) as CandidateTest
      await ok(
        await api.post(`/api/candidate/tests/${testId}/signalements`, {
          headers,
          data: { questionNumber: current.questionNumber, itemId: current.question?.itemId },
        }),
      )
      return current.questionNumber
    },
    async loseExtension() {
      await ok(
        await api.post(`/api/candidate/tests/${testId}/companion-alert`, {
          headers: { 'x-vigie-attempt': attempt },
        }),
      )
    },
    dispose: () => api.dispose(),
  }
}

const signalementDialog = (page: Page) => page.getByRole('dialog', { name: 'Gérer un signalement' })

const order = (page: Page) =>
  page.getByTestId('candidate-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-candidate')))

test('signalements, the extension, a resume and the end of a test, followed live on two dashboards', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const { invigilator, centre, session, candidates } = demo()
  if (!session || !baseURL) throw new Error('The demo has no session')
  // The last demo candidate (33 % extra time): the other scenarios use others.
  const lea = candidates.find((c) => c.lastName === 'MOREAU') as unknown as DemoCandidate
  const LEA = 'MOREAU Léa'

  const first = await enterSession(browser, invigilator)
  // The second invigilator's device is set to another time zone: times stay the session's.
  const second = await enterSession(browser, centre.admin, { timezoneId: 'America/New_York', clock: true })
  await expect(row(first, LEA)).toContainText('+ temps majoré 33 %')

  // The sound and vibration setting: off at first, remembered on this device.
  const chime = second.getByRole('checkbox', { name: 'Son et vibration à chaque signalement' })
  await expect(chime).not.toBeChecked()
  await second.getByText('Son et vibration à chaque signalement').click()
  await expect(chime).toBeChecked()
  await second.reload()
  await expect(chime).toBeChecked()
  const vibrations = () =>
    second.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length)

  // Léa joins; the first invigilator confirms her presence; she starts with the access code.
  const leaClient = await candidateClient(baseURL, lea)
  const candidateId = await leaClient.join(session.number ?? '')
  await row(first, LEA)
    .getByRole('button', { name: `Confirmer la présence de ${LEA}` })
    .click()
  await expect(status(second, LEA)).toHaveText('Présence confirmée')
  await leaClient.start(candidateId, session.accessCode ?? '')
  await expect(status(first, LEA)).toHaveText('En cours')
  await expect(status(second, LEA)).toHaveText('En cours')
  await expect(row(first, LEA)).toContainText('Question 1 / 32')

  // "Début : 17:01 | Fin théorique : 19:21" (1 h 45 + 33 %), in the session's time zone on both devices.
  const sessionId = new URL(first.url()).pathname.split('/').pop() ?? ''
  const room = (await (
    await first.request.get(`/api/invigilation/sessions/${sessionId}/candidates`)
  ).json()) as Array<{
    lastName: string
    test: { startedAt: string; theoreticalEndAt: string } | null
  }>
  const { timeZone } = (await (
    await first.request.get(`/api/invigilation/sessions/${sessionId}`)
  ).json()) as {
    timeZone: string
  }
  const times = room.find((c) => c.lastName === 'MOREAU')?.test
  if (!times) throw new Error('Léa has no test')
  const hhmm = (iso: string) =>
    new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso))
  const expected = `Début : ${hhmm(times.startedAt)} | Fin théorique : ${hhmm(times.theoreticalEndAt)}`
  await expect(row(first, LEA).getByTestId('candidate-times')).toHaveText(expected)
  await expect(row(second, LEA).getByTestId('candidate-times')).toHaveText(expected)
  expect((Date.parse(times.theoreticalEndAt) - Date.parse(times.startedAt)) / 60_000).toBeCloseTo(
    105 * 1.33,
    1,
  )

  // Two and a half hours later on the second device: Léa's page has not been seen since she started
  // (she is driven through the API, with no page open) and she is past her theoretical end.
  await second.clock.fastForward('02:30:00')
  // About 150 min: the page's clock may lag a little behind the real one under load.
  await expect(row(second, LEA).getByTestId('candidate-disconnected')).toHaveText(
    /^Déconnecté depuis 1[45]\d min$/,
  )
  await expect(row(second, LEA).getByTestId('candidate-overtime')).toHaveText(/^Temps dépassé de \d+ min$/)
  await expect(row(second, LEA)).toHaveClass(/invigilation__row--warning/)
  await expect(row(first, LEA)).not.toHaveClass(/invigilation__row--warning/)
  await screenshots(second, 'invigilator-attention')

  // Léa reports a problem: both dashboards show it at once, first in the list, in words and colour.
  const before = await vibrations()
  const firstQuestion = await leaClient.report()
  await expect(status(first, LEA)).toHaveText('Signalement en cours')
  await expect(status(second, LEA)).toHaveText('Signalement en cours')
  await expect(first.getByTestId('status-counts')).toContainText('Signalement en cours 1')
  await expect(row(first, LEA)).toHaveClass(/invigilation__row--danger/)
  const names = await order(first)
  expect(names.indexOf(LEA), 'the signalement comes before the quiet rows').toBeLessThan(
    names.indexOf('DURAND Simon'),
  )
  await expect(second.getByTestId('room-announcement')).toHaveText(
    `Nouveau signalement : ${LEA}, question ${firstQuestion}.`,
  )
  await expect.poll(vibrations, { message: 'the signalement buzzes the second device' }).toBe(before + 1)
  await screenshots(first, 'invigilator-signalement')
  await expectAccessible(first)

  // The second invigilator's list stops following (as if its events were late): its dialog goes stale.
  const candidatesUrl = `**/api/invigilation/sessions/${sessionId}/candidates`
  const staleRoom = await (
    await second.request.get(`/api/invigilation/sessions/${sessionId}/candidates`)
  ).text()
  await second.route(candidatesUrl, (route) =>
    route.fulfill({ contentType: 'application/json', body: staleRoom }),
  )
  await chooseAction(second, LEA, 'Gérer un signalement')
  const stale = signalementDialog(second)
  await expect(stale).toBeVisible()

  // The first invigilator validates it with a category, with the keyboard.
  await chooseAction(first, LEA, 'Gérer un signalement')
  const dialog = signalementDialog(first)
  await expect(dialog.getByRole('heading', { name: 'Gérer un signalement' })).toBeVisible()
  await expect(dialog).toContainText('Signalement du candidat : Léa MOREAU')
  await expect(dialog).toContainText(`Question ${firstQuestion}, signalée à`)
  await expect(dialog).toContainText('Refuser le signalement permet la reprise de la question en cours.')
  await expect(dialog).toContainText(
    'Sélectionnez un motif pour valider le signalement et permettre le changement de question.',
  )
  // Only the categories that apply to the question and to Léa (extra time: E8).
  await expect(
    dialog.getByRole('radio', {
      name: "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
    }),
  ).toBeVisible()
  const validate = dialog.getByRole('button', { name: 'Valider le signalement' })
  await expect(validate).toBeDisabled()
  await screenshots(first, 'invigilator-signalement-dialog')
  await expectAccessible(first)
  const platform = dialog.getByRole('radio', {
    name: 'Un problème technique lié à la plateforme a empêché le candidat de répondre à la question',
  })
  await platform.focus()
  await first.keyboard.press('Space')
  await expect(platform).toBeChecked()
  await validate.focus()
  await first.keyboard.press('Enter')
  await expect(dialog.getByTestId('signalement-result')).toContainText('✔ Le signalement a bien été validé.')
  await expect(dialog.getByTestId('signalement-result')).toContainText('inutile de la rafraîchir')
  // Focus is on the outcome (read out), and "Fermer" is the next stop.
  await expect(dialog.getByTestId('signalement-result')).toBeFocused()
  await expectAccessible(first)
  await screenshots(first, 'invigilator-signalement-validated')
  await first.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused()
  await first.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(status(first, LEA)).toHaveText('En cours')
  await expect(row(first, LEA)).toContainText('Question 1 / 32')

  // The second, on its stale dialog, refuses: it is told the report was already handled.
  await second.unroute(candidatesUrl)
  const refused = second.waitForResponse((response) => response.url().endsWith('/decision'))
  await stale.getByRole('button', { name: 'Refuser le signalement' }).click()
  expect((await refused).status(), 'the server turns down the late decision').toBe(409)
  await expect(stale.getByTestId('signalement-result')).toContainText(
    'Ce signalement a déjà été traité par un autre surveillant.',
  )
  await stale.getByRole('button', { name: 'Fermer' }).click()
  await expect(status(second, LEA)).toHaveText('En cours')

  // A second report: the second refuses it, and the first's open dialog says at once it was handled.
  const secondQuestion = await leaClient.report()
  await expect(status(first, LEA)).toHaveText('Signalement en cours')
  await chooseAction(first, LEA, 'Gérer un signalement')
  await chooseAction(second, LEA, 'Gérer un signalement')
  await second
    .getByTestId('signalement-dialog')
    .getByRole('button', { name: 'Refuser le signalement' })
    .click()
  await expect(signalementDialog(second).getByTestId('signalement-result')).toContainText(
    '✔ Le signalement a bien été refusé.',
  )
  await expect(signalementDialog(first).getByTestId('signalement-result')).toContainText(
    'Ce signalement a déjà été traité par un autre surveillant.',
  )
  await signalementDialog(first).getByRole('button', { name: 'Fermer' }).click()
  await signalementDialog(second).getByRole('button', { name: 'Fermer' }).click()
  await expect(status(second, LEA)).toHaveText('En cours')

  // The extension is gone from Léa's browser: "Extension non détectée" until an invigilator confirms it.
  await leaClient.loseExtension()
  await expect(status(first, LEA)).toHaveText('Extension non détectée')
  await expect(status(second, LEA)).toHaveText('Extension non détectée')
  await chooseAction(first, LEA, "Confirmer la présence de l'extension")
  const extension = first.getByRole('alertdialog')
  await expect(
    extension.getByRole('heading', { name: "Confirmer la présence de l'extension ?" }),
  ).toBeVisible()
  await extension.getByRole('button', { name: "Confirmer la présence de l'extension" }).click()
  await expect(extension).toBeHidden()
  await expect(status(second, LEA)).toHaveText('En cours')

  // "Autoriser la reprise du test": confirmed in a pop-up, then "Autorisé à reprendre".
  await chooseAction(second, LEA, 'Autoriser la reprise du test')
  const resume = second.getByRole('alertdialog')
  await expect(
    resume.getByRole('heading', { name: 'Autoriser la reprise du test de Léa MOREAU ?' }),
  ).toBeVisible()
  await resume.getByRole('button', { name: 'Autoriser la reprise du test' }).click()
  await expect(status(first, LEA)).toHaveText('Autorisé à reprendre')
  await expect(second.getByTestId('candidates-notice')).toContainText(
    'Reprise du test autorisée pour Léa MOREAU.',
  )

  // "Terminer le test": irreversible, said so, then "Terminé" everywhere; focus stays on the row.
  await chooseAction(first, LEA, 'Terminer le test')
  const end = first.getByRole('alertdialog')
  await expect(end.getByRole('heading', { name: 'Terminer le test de Léa MOREAU ?' })).toBeVisible()
  await expect(end).toContainText(
    'Attention : cette action entraine la fin de son test de certification et est irréversible.',
  )
  await expect(end.getByRole('button', { name: 'Annuler' })).toBeVisible()
  await screenshots(first, 'invigilator-end-dialog')
  await expectAccessible(first)
  await end.getByRole('button', { name: 'Terminer le test' }).click()
  await expect(status(first, LEA)).toHaveText('Terminé')
  await expect(status(second, LEA)).toHaveText('Terminé')
  await expect(row(first, LEA).getByRole('button', { name: `Actions pour ${LEA}` })).toHaveCount(0)
  await expect(row(first, LEA).locator('.invigilation__name')).toBeFocused()
  await expect(row(first, LEA).getByTestId('candidate-times')).toContainText(
    `Début : ${hhmm(times.startedAt)} | Fin :`,
  )
  await expect(first.getByTestId('status-counts')).toContainText('Terminé')

  // The journal says who did what.
  await first.getByTestId('journal-toggle').click()
  const journal = first.getByTestId('journal')
  await expect(journal).toContainText(
    `Signalement validé (question ${firstQuestion}), motif E11 – Un problème technique lié à la plateforme`,
  )
  await expect(journal).toContainText(`Signalement refusé (question ${secondQuestion})`)
  await expect(journal).toContainText('Présence de l’extension confirmée')
  await expect(journal).toContainText('Test terminé')
  await screenshots(first, 'invigilator-room')
  await expectAccessible(first)

  await leaClient.dispose()
  await first.context().close()
  await second.context().close()
})
