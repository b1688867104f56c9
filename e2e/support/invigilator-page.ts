import { type Browser, expect, type Page } from '@playwright/test'
import { demo } from './demo'

/** What an invigilator does in the Espace Surveillant, in the guide's words, shared by the scenarios. */

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel('Adresse e-mail').fill(account.email)
  await page.getByLabel('Mot de passe').fill(account.password)
  await page.getByTestId('login-submit').click()
}

/**
 * In a browser of its own: signs in and enters the demo session with its number and password (the
 * guide's step 2). Vibrations are recorded in `window.vibrations` instead of buzzing.
 */
export async function enterSession(
  browser: Browser,
  account: { email: string; password: string },
  { clock, ...options }: { timezoneId?: string; clock?: boolean } = {},
) {
  const { session } = demo()
  const context = await browser.newContext(options)
  // Records the vibrations instead of buzzing (the sound setting's other half).
  await context.addInitScript(() => {
    const calls: unknown[] = []
    Object.assign(window, { vibrations: calls })
    Object.defineProperty(navigator, 'vibrate', { value: (pattern: unknown) => calls.push(pattern) > 0 })
  })
  const page = await context.newPage()
  // A clock that runs as usual until the test moves it forward.
  if (clock) await page.clock.install()
  await page.goto('/surveillance')
  await signIn(page, account)
  await page.getByLabel('Numéro de la session').fill(session?.number ?? '')
  await page.getByLabel('Mot de passe de la session').fill(session?.invigilatorPassword ?? '')
  await page.getByRole('button', { name: 'Surveiller la session' }).click()
  await expect(page.getByTestId('candidate-row')).toHaveCount(8)
  return page
}

export const row = (page: Page, name: string) => page.getByTestId('candidate-row').filter({ hasText: name })
export const status = (page: Page, name: string) => row(page, name).getByTestId('candidate-status')

/** Opens the row's "⋮" menu and picks an action, with the keyboard. */
export async function chooseAction(page: Page, name: string, action: string) {
  await row(page, name)
    .getByRole('button', { name: `Actions pour ${name}` })
    .focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: action }).focus()
  await page.keyboard.press('Enter')
}
