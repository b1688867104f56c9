import { type Browser, expect, type Page, test } from '@playwright/test'
import { demo } from './support/demo'
import { expectAccessible, screenshots } from './support/look'

/**
 * The Espace Surveillant: the demo invigilator (through the kit's QR code link) and the demo centre's
 * admin enter the same session; each sees the other's presence confirmations live, with no reload.
 */

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel('Adresse e-mail').fill(account.email)
  await page.getByLabel('Mot de passe').fill(account.password)
  await page.getByTestId('login-submit').click()
}

async function newPage(browser: Browser) {
  const context = await browser.newContext()
  return context.newPage()
}

const row = (page: Page, name: string) => page.getByTestId('candidate-row').filter({ hasText: name })

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
  expect(box.y + 15 * box.height, 'room for 15 rows at 1366×768').toBeLessThanOrEqual(768)

  await first.context().close()
  await second.context().close()
})
