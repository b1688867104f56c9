import { expect, test } from '@playwright/test'
import { expectAccessible, screenshots } from './support/look'

test('a person signs up, logs out, logs in and switches to English', async ({ page }) => {
  const email = `camille.${Date.now()}@example.fr`
  const password = 'un mot de passe 42'

  await page.goto('/')
  await expect(page).toHaveURL(/\/connexion/)
  await expect(page.getByRole('heading', { name: 'Connectez-vous' })).toBeVisible()
  await expectAccessible(page)
  await screenshots(page, 'login')
  await page.getByTestId('signup-link').click()
  await expectAccessible(page)
  await screenshots(page, 'signup')

  await page.getByLabel('Prénom').fill('Camille')
  await page.getByLabel('Nom', { exact: true }).fill('Martin')
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByTestId('signup-submit').click()
  await expect(page.getByTestId('home')).toContainText('Bonjour Camille')
  await expect(page.getByTestId('header-user-name')).toHaveText('Camille Martin')
  await expectAccessible(page)
  await screenshots(page, 'home')

  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/connexion/)
  await expect(page.getByText('Déconnexion réussie')).toBeVisible()
  // The session ended on the server: the app's own check agrees.
  expect((await page.request.get('/api/auth/me')).status()).toBe(401)

  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe').fill('pas le bon 1')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('login-error')).toContainText('Adresse e-mail ou mot de passe incorrect.')
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('home')).toContainText('Bonjour Camille')

  const saved = page.waitForRequest((r) => r.url().endsWith('/api/account') && r.method() === 'PATCH')
  await page.getByTestId('locale-en').click()
  await saved
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('home')).toContainText('Hello Camille')
  await expect(page.getByTestId('logout')).toHaveText('Sign out')

  // The choice is the account's: it holds in a new browser after logging in again.
  await page.reload()
  await expect(page.getByTestId('home')).toContainText('Hello Camille')
})
