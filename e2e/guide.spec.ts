import { type Browser, expect, type Page, test } from '@playwright/test'
import {
  answerQuestion,
  chooseAnswer,
  type DemoCandidate,
  expectNotReloaded,
  joinSession,
  markPage,
  PRESENCE_NOT_CONFIRMED,
  questionHeading,
  RESUME_NOT_AUTHORISED,
  raiseExtensionAlert,
  reportProblem,
  startError,
  startTest,
  statement,
} from './support/candidate-page'
import { demo } from './support/demo'
import { chooseAction, enterSession, row, signIn, status } from './support/invigilator-page'
import { expectAccessible, screenshots } from './support/look'

/**
 * The user's guide to the Espace Surveillant, chapter by chapter, with two invigilators and three
 * candidates, each in a browser of their own: nobody ever reloads a page.
 */

async function candidatePage(browser: Browser, candidate: DemoCandidate) {
  const { session } = demo()
  const page = await (await browser.newContext()).newPage()
  await joinSession(page, candidate, session?.number ?? '')
  return page
}

// A step that cannot happen fails in seconds, not at the end of the scenario's time.
test.use({ actionTimeout: 15_000 })

test('the guide, chapter by chapter', async ({ browser }) => {
  test.setTimeout(240_000)
  const { invigilator, centre, session, candidates } = demo()
  if (!session) throw new Error('The demo has no session')
  const byName = (lastName: string) =>
    candidates.find((c) => c.lastName === lastName) as unknown as DemoCandidate
  // Three demo candidates the other scenarios leave alone.
  const sophie = byName('DELARUE')
  const cecile = byName('DUPONT')
  const marie = byName('LAMOUR')
  const SOPHIE = 'DELARUE Sophie'
  const CECILE = 'DUPONT Cécile'
  const MARIE = 'LAMOUR Marie'
  const both = (check: (page: Page) => Promise<void>) => Promise.all([check(first), check(second)])
  let first!: Page
  let second!: Page

  await test.step('2. Connexion à l’Espace Surveillant: by the session number and password, and from the centre', async () => {
    first = await enterSession(browser, invigilator)
    await expect(first.getByText("Code d'accès (candidats)")).toBeVisible()
    await expect(first.getByTestId('access-code')).toHaveText(session.accessCode ?? '')
    // The centre's admin comes in from the session page, with no password to type.
    second = await (await browser.newContext()).newPage()
    await second.goto('/connexion')
    await signIn(second, centre.admin)
    await second.getByTestId('home-centre').first().click()
    await second
      .getByTestId('session-card')
      .filter({ hasText: `N° ${session.number}` })
      .getByRole('link')
      .click()
    await second.getByTestId('invigilator-space-link').click()
    await expect(second.getByTestId('invigilator-session')).toBeVisible()
    await both((page) => expect(page.getByTestId('candidate-row')).toHaveCount(8))
    await screenshots(first, 'guide-2-dashboard')
  })

  let sophiePage!: Page
  let cecilePage!: Page
  let mariePage!: Page
  await test.step('3. Lancement du test: presence confirmed → the candidate starts; unconfirmed → the guide’s message', async () => {
    ;[sophiePage, cecilePage, mariePage] = await Promise.all([
      candidatePage(browser, sophie),
      candidatePage(browser, cecile),
      candidatePage(browser, marie),
    ])
    for (const name of [SOPHIE, CECILE]) {
      await row(first, name)
        .getByRole('button', { name: `Confirmer la présence de ${name}` })
        .click()
      await expect(status(second, name)).toHaveText('Présence confirmée')
    }
    await startTest(sophiePage, session.accessCode ?? '')
    await startTest(cecilePage, session.accessCode ?? '')
    await startTest(mariePage, session.accessCode ?? '')
    await expect(startError(mariePage)).toHaveText(PRESENCE_NOT_CONFIRMED)
    await both((page) => expect(status(page, MARIE)).toHaveText('Non confirmé'))
    await screenshots(mariePage, 'guide-3-not-confirmed')
    for (const page of [sophiePage, cecilePage])
      await expect(questionHeading(page, 'Question 1 / 32')).toBeVisible()
  })

  await test.step('4. Informations visibles: statuses and times, live on both dashboards', async () => {
    for (const name of [SOPHIE, CECILE]) {
      await both((page) => expect(status(page, name)).toHaveText('En cours'))
      await both((page) =>
        expect(row(page, name).getByTestId('candidate-times')).toHaveText(
          /^Début\s:\s\d\d:\d\d\s\|\sFin théorique\s:\s\d\d:\d\d$/,
        ),
      )
    }
    await answerQuestion(sophiePage)
    await answerQuestion(cecilePage)
    await both((page) => expect(row(page, SOPHIE)).toContainText('Question 2 / 32'))
    await screenshots(second, 'guide-4-statuses')
  })

  await test.step('5. Signalements: validated (a new question, by itself) and refused (the same question)', async () => {
    const reported = await statement(sophiePage).textContent()
    await markPage(sophiePage)
    await reportProblem(sophiePage)
    await both((page) => expect(status(page, SOPHIE)).toHaveText('Signalement en cours'))
    await chooseAction(first, SOPHIE, 'Gérer un signalement')
    const dialog = first.getByRole('dialog', { name: 'Gérer un signalement' })
    await expect(dialog).toContainText('Signalement du candidat : Sophie DELARUE')
    await expect(dialog.getByRole('button', { name: 'Valider le signalement' })).toBeDisabled()
    await screenshots(first, 'guide-5-signalement-dialog')
    await expectAccessible(first)
    const platform =
      'Un problème technique lié à la plateforme a empêché le candidat de répondre à la question'
    await dialog.getByText(platform).click()
    await expect(dialog.getByRole('radio', { name: platform })).toBeChecked()
    await dialog.getByRole('button', { name: 'Valider le signalement' }).click()
    await expect(dialog.getByTestId('signalement-result')).toContainText('Le signalement a bien été validé.')
    await dialog.getByRole('button', { name: 'Fermer' }).click()
    await expect(questionHeading(sophiePage, 'Question 2 / 32')).toBeVisible()
    await expect(statement(sophiePage)).not.toHaveText(reported ?? '')
    await expectNotReloaded(sophiePage)
    await both((page) => expect(status(page, SOPHIE)).toHaveText('En cours'))

    const expectKept = await chooseAnswer(cecilePage)
    const cecileQuestion = await statement(cecilePage).textContent()
    await markPage(cecilePage)
    await reportProblem(cecilePage)
    await both((page) => expect(status(page, CECILE)).toHaveText('Signalement en cours'))
    await chooseAction(second, CECILE, 'Gérer un signalement')
    const refuse = second.getByRole('dialog', { name: 'Gérer un signalement' })
    await refuse.getByRole('button', { name: 'Refuser le signalement' }).click()
    await expect(refuse.getByTestId('signalement-result')).toContainText('Le signalement a bien été refusé.')
    await screenshots(second, 'guide-5-signalement-refused')
    await refuse.getByRole('button', { name: 'Fermer' }).click()
    await expect(statement(cecilePage)).toHaveText(cecileQuestion ?? '')
    await expectKept()
    await expect(cecilePage.getByTestId('answer-validate')).toBeEnabled()
    await expectNotReloaded(cecilePage)
  })

  await test.step('6. Reprise du test: the window closed, the invigilator authorises the resume', async () => {
    await cecilePage.context().close()
    cecilePage = await candidatePage(browser, cecile)
    await startTest(cecilePage, session.accessCode ?? '')
    await expect(startError(cecilePage)).toHaveText(RESUME_NOT_AUTHORISED)
    await chooseAction(second, CECILE, 'Autoriser la reprise du test')
    const confirm = second.getByRole('alertdialog')
    await screenshots(second, 'guide-6-resume-dialog')
    await confirm.getByRole('button', { name: /Autoriser/ }).click()
    await both((page) => expect(status(page, CECILE)).toHaveText('Autorisé à reprendre'))
    await startTest(cecilePage, session.accessCode ?? '')
    await expect(questionHeading(cecilePage, 'Question 2 / 32')).toBeVisible()
    await both((page) => expect(status(page, CECILE)).toHaveText('En cours'))
  })

  await test.step('6. Reprise du test: the extension disabled then enabled again', async () => {
    await raiseExtensionAlert(sophiePage)
    await both((page) => expect(status(page, SOPHIE)).toHaveText('Extension non détectée'))
    await screenshots(first, 'guide-6-extension')
    await markPage(sophiePage)
    await chooseAction(first, SOPHIE, "Confirmer la présence de l'extension")
    await first
      .getByRole('alertdialog')
      .getByRole('button', { name: /Confirmer/ })
      .click()
    await expect(sophiePage.getByTestId('extension-pause')).toHaveCount(0)
    await expect(questionHeading(sophiePage, 'Question 2 / 32')).toBeVisible()
    await expectNotReloaded(sophiePage)
    await both((page) => expect(status(page, SOPHIE)).toHaveText('En cours'))
  })

  await test.step('6. Mettre fin au test de certification', async () => {
    await markPage(cecilePage)
    await chooseAction(first, CECILE, 'Terminer le test')
    const confirm = first.getByRole('alertdialog')
    await expect(confirm).toContainText('Terminer le test de Cécile DUPONT ?')
    await expect(confirm).toContainText(
      'Attention : cette action entraine la fin de son test de certification et est irréversible.',
    )
    await screenshots(first, 'guide-6-end-dialog')
    await expectAccessible(first)
    await confirm.getByRole('button', { name: 'Terminer le test' }).click()
    await both((page) => expect(status(page, CECILE)).toHaveText('Terminé'))
    await expect(
      cecilePage.getByRole('heading', { level: 1, name: 'Votre surveillant a mis fin à votre test' }),
    ).toBeVisible()
    await expectNotReloaded(cecilePage)
    await screenshots(second, 'guide-6-ended')
    await expectAccessible(second)
  })

  for (const page of [first, second, sophiePage, cecilePage, mariePage]) await page.context().close()
})
