import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { expectAccessible, screenshots } from './support/look'
import { ensureYasinCertified, type YasinCertificate } from './support/results'

/**
 * After the session (issue 8): the demo candidate YASIN Sam, validated, finds his result in his
 * space and downloads his certificate; anyone, signed out, checks its verification code on
 * "Vérifier un certificat", and learns nothing from a code that matches no certificate.
 */

const UNKNOWN = 'Aucun certificat ne correspond à ce code.'
/** Dates as French pages write them: "25 novembre 2026". */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  )

let certificate: YasinCertificate
test.beforeAll(async () => {
  test.setTimeout(120_000)
  certificate = await ensureYasinCertified()
})

test.use({ actionTimeout: 15_000 })

test('a validated candidate downloads his certificate, and its code is verified without an account', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const { candidate, score, verificationCode: code, date } = certificate
  const holder = `${candidate.firstName} ${candidate.lastName}`

  // Mes résultats, from the home page.
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(candidate.email)
  await page.getByLabel('Mot de passe').fill(candidate.password)
  await page.getByTestId('login-submit').click()
  await page.getByRole('link', { name: 'Mes résultats' }).click()
  await expect(page).toHaveURL(/\/candidat\/resultats$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Mes résultats' })).toBeVisible()
  const result = page.getByTestId('my-result')
  await expect(result).toHaveCount(1)
  await expect(result.getByRole('heading', { level: 2 })).toContainText(longDate(date))
  await expect(result).toContainText('Centre de démonstration Vigie')
  await expect(result.getByTestId('my-result-status')).toHaveText('Validé')
  await expect(result.getByTestId('my-result-score')).toHaveText(`${score} / 895`)
  await expect(result.getByTestId('my-result-level')).toHaveText(/^[1-7] \/ 7$/)
  await expect(result.getByRole('table', { name: 'Niveau par compétence' }).getByRole('row')).toHaveCount(17)
  await expect(result).toContainText(code)
  await expectAccessible(page)
  await screenshots(page, 'candidate-results')

  // The certificate: a PDF carrying his name and the code.
  const downloading = page.waitForEvent('download')
  await result.getByRole('button', { name: 'Télécharger mon certificat' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`certificat-${code}.pdf`)
  await expect(result.getByRole('status')).toHaveText(
    `Certificat téléchargé : certificat-${code}.pdf`.replace(' :', '\u00a0:'),
  )
  const text = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  )
  expect(text).toContain(holder)
  expect(text).toContain(code)
  expect(text).toMatch(new RegExp(`SCORE ${score}\\b`))

  // The Espace candidat's first page leads there too.
  await page.goto('/candidat')
  await page.getByRole('link', { name: 'Mes résultats' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mes résultats' })).toBeVisible()

  // Signed out, as the certificate's QR code opens it: checked at once.
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto(`/verification?code=${encodeURIComponent(code)}`)
  await expect(visitor.getByRole('heading', { level: 1, name: 'Vérifier un certificat' })).toBeVisible()
  await expect(visitor.getByLabel('Code de vérification')).toHaveValue(code)
  const outcome = visitor.getByRole('status').filter({ has: visitor.getByTestId('verification-holder') })
  await expect(outcome).toContainText('Certificat valide')
  await expect(visitor.getByTestId('verification-holder')).toHaveText(holder)
  await expect(visitor.getByTestId('verification-date')).toHaveText(longDate(date))
  await expect(visitor.getByTestId('verification-score')).toHaveText(`${score} / 895`)
  await expect(visitor.getByTestId('logout')).toHaveCount(0)
  await expectAccessible(visitor)
  await screenshots(visitor, 'verification-valid')

  // A code that cannot be one gets a hint under the field, without a check.
  const field = visitor.getByLabel('Code de vérification')
  await field.fill('P-7KQ3-MXTA-92H0')
  await visitor.getByRole('button', { name: 'Vérifier' }).click()
  await expect(
    visitor.getByText('Un code ne contient jamais les caractères O, 0, I ni 1', { exact: false }),
  ).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')

  // Any other code, typed as people do: the same neutral sentence, and nothing else.
  const last = code.at(-1) === 'A' ? 'B' : 'A'
  const other = `${code.slice(0, -1)}${last}`
  await field.fill(` ${other.slice(2).replaceAll('-', ' ').toLowerCase()} `)
  await visitor.getByRole('button', { name: 'Vérifier' }).click()
  await expect(field).toHaveValue(other)
  await expect(visitor).toHaveURL(new RegExp(`\\?code=${other}$`))
  const result404 = visitor.getByTestId('verification-result')
  await expect(result404).toHaveText(UNKNOWN)
  await expect(result404).toHaveAttribute('role', 'status')
  await expect(visitor.getByText(holder)).toHaveCount(0)
  await expectAccessible(visitor)
  await screenshots(visitor, 'verification-unknown')

  // Checks are limited per address: once spent, the page says to wait (this scenario comes last).
  for (let spent = 0; spent < 31; spent++) {
    const response = await visitor.request.get('/api/certificates/P-AAAA-AAAA-AAAA')
    if (response.status() === 429) break
    expect(response.status()).toBe(404)
  }
  // (a code not checked yet: one already checked is answered from what the page keeps)
  await field.fill('P-BBBB-CCCC-DDDD')
  await visitor.getByRole('button', { name: 'Vérifier' }).click()
  await expect(result404).toHaveText(
    /^Trop de vérifications depuis votre connexion\. Réessayez dans \d+ minutes?\.$/,
  )
  await expect(visitor.getByText(holder)).toHaveCount(0)
  await screenshots(visitor, 'verification-too-many')
})
