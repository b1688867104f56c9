import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test'
import { chromiumArgs } from './playwright.config'
import {
  chooseAnswer,
  type DemoCandidate,
  expectNotReloaded,
  markPage,
  questionHeading,
  startError,
  startTest,
  typed,
} from './support/candidate-page'
import { demo } from './support/demo'
import { requireExtension } from './support/extension-requirement'
import { chooseAction, enterSession, row, status } from './support/invigilator-page'
import { expectAccessible, screenshots } from './support/look'

/**
 * The Companion extension, for real: PECK Charlie takes the test in a Chromium that has the
 * unpacked extension loaded; the extension is turned off and on again from chrome://extensions
 * during the test, as a candidate would; the invigilator follows on the dashboard of another
 * browser and confirms the extension is back.
 */

const EXTENSION = new URL('../apps/companion/dist/chromium', import.meta.url).pathname
const CHARLIE = 'PECK Charlie'

/**
 * Turns the extension off or on, from the browser's own extensions page (a page allowed to manage
 * extensions, as the person in front of the browser is); nothing in the extension or in Vigie opens
 * a way to do it.
 */
async function setExtensionEnabled(context: BrowserContext, id: string, enabled: boolean) {
  const extensions = await context.newPage()
  await extensions.goto('chrome://extensions/')
  await extensions.evaluate(
    // `chrome` is the extensions page's own API object.
    ([extensionId, on]) =>
      (
        globalThis as unknown as {
          chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } }
        }
      ).chrome.management.setEnabled(extensionId as string, on as boolean),
    [id, enabled] as const,
  )
  await extensions.close()
}

/** What the extension answers the page right now (null: no answer within 500 ms), from the page itself. */
const askExtension = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ version: string; testId: string | null } | null>((resolve) => {
        const nonce = `e2e-${Math.random().toString(36).slice(2)}`
        const onMessage = (event: MessageEvent) => {
          if (event.data?.from !== 'extension' || event.data.nonce !== nonce) return
          window.removeEventListener('message', onMessage)
          resolve(event.data)
        }
        window.addEventListener('message', onMessage)
        window.postMessage(
          { channel: 'vigie-companion', protocol: 1, from: 'page', type: 'ping', nonce },
          window.location.origin,
        )
        setTimeout(() => resolve(null), 500)
      }),
  )

test('the companion extension: detected before the test, missing during it, back, confirmed by the invigilator', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  expect(
    existsSync(join(EXTENSION, 'manifest.json')),
    'Build the extension first: npm run build -w @vigie/companion',
  ).toBe(true)
  const { invigilator, session, candidates } = demo()
  if (!session) throw new Error('The demo has no session')
  const charlie = candidates.find((c) => c.lastName === 'PECK') as unknown as DemoCandidate

  await requireExtension(true)
  const profile = mkdtempSync(join(tmpdir(), 'vigie-companion-profile-'))
  let context: BrowserContext | undefined
  try {
    // Only a persistent context loads an unpacked extension (DESIGN.md, browser tests).
    context = await chromium.launchPersistentContext(profile, {
      headless: true,
      executablePath: '/usr/bin/chromium',
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...chromiumArgs, `--load-extension=${EXTENSION}`, `--disable-extensions-except=${EXTENSION}`],
      baseURL: baseURL ?? '',
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 800 },
    })
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
    const extensionId = new URL(worker.url()).host
    const page = context.pages()[0] ?? (await context.newPage())

    await test.step('not detected before the test: the start is refused, the install page helps', async () => {
      await setExtensionEnabled(context as BrowserContext, extensionId, false)
      await page.goto('/candidat')
      await page.getByLabel('Adresse e-mail').fill(charlie.email)
      await page.getByLabel('Mot de passe').fill(charlie.password)
      await page.getByTestId('login-submit').click()
      await page.getByLabel('Numéro de session').fill(session.number ?? '')
      await page.getByLabel('Prénom').fill(charlie.firstName)
      await page.getByLabel('Nom de naissance').fill(charlie.lastName)
      await page.getByLabel('Date de naissance').fill(typed(charlie.birthdate))
      await page.getByTestId('join-submit').click()
      await page.getByTestId('instructions-next').click()
      await page.getByTestId('instructions-next').click()
      await expect(page.getByText('L’extension de navigateur de certification est requise')).toBeVisible()
      const companionStatus = page.getByTestId('companion-status')
      await expect(companionStatus).toContainText('Extension de certification non détectée')
      await screenshots(page, 'companion-missing')
      await page.getByText('J’ai lu et compris ces instructions').click()
      await page.getByTestId('instructions-done').click()
      await startTest(page, session.accessCode ?? '')
      await expect(startError(page)).toHaveText(
        'Vous ne pouvez pas commencer votre test sans l’extension de certification : installez-la ou activez-la, ou prévenez votre surveillant.',
      )
      await expectAccessible(page)

      const [install] = await Promise.all([
        context?.waitForEvent('page') as Promise<Page>,
        page.getByRole('link', { name: 'Installer ou activer l’extension (nouvel onglet)' }).click(),
      ])
      await expect(
        install.getByRole('heading', {
          level: 1,
          name: 'Installer l’extension de certification Vigie Companion',
        }),
      ).toBeVisible()
      await expect(
        install.getByRole('link', { name: /Télécharger vigie-companion-chromium\.zip/ }),
      ).toBeVisible()
      const zip = await install.request.get('/extension/vigie-companion-chromium.zip')
      expect(zip.headers()['content-type']).toBe('application/zip')
      await expectAccessible(install)
      await screenshots(install, 'companion-install')
      await install.close()

      // Turned on in the browser: the page sees it by itself, with no reload.
      await markPage(page)
      await setExtensionEnabled(context as BrowserContext, extensionId, true)
      await expect(companionStatus).toContainText('Extension de certification détectée')
      await expect(page.getByTestId('start-error')).toHaveCount(0)
      await expectNotReloaded(page)
    })

    await test.step('detected on the instructions screen', async () => {
      await page.getByRole('button', { name: 'Relire les instructions' }).click()
      await page.getByTestId('instructions-next').click()
      await page.getByTestId('instructions-next').click()
      await expect(page.getByTestId('companion-status')).toContainText(
        'Extension de certification détectéeGardez-la activée pendant tout le test.',
      )
      await expectAccessible(page)
      await screenshots(page, 'companion-detected')
      await page.getByText('J’ai lu et compris ces instructions').click()
      await page.getByTestId('instructions-done').click()
      await expect(page.getByTestId('companion-status')).toContainText('Extension de certification détectée')
    })

    const first = await enterSession(browser, invigilator)
    await row(first, CHARLIE)
      .getByRole('button', { name: `Confirmer la présence de ${CHARLIE}` })
      .click()
    await startTest(page, session.accessCode ?? '')
    await expect(questionHeading(page, 'Question 1 / 32')).toBeVisible()
    const testId = new URL(page.url()).pathname.split('/').at(-1)
    // The page announced the test to the extension.
    await expect.poll(async () => (await askExtension(page))?.testId).toBe(testId)
    const answerKept = await chooseAnswer(page)
    await markPage(page)

    await test.step('turned off during the test: the candidate is blocked, the dashboard says so within 2 s', async () => {
      await setExtensionEnabled(context as BrowserContext, extensionId, false)
      expect(await askExtension(page)).toBeNull()
      // Three pings in a row unanswered, about three seconds.
      await expect(page.getByTestId('extension-pause')).toContainText(
        'Extension non détectée : votre test est en pause',
        { timeout: 6_000 },
      )
      await expect(status(first, CHARLIE)).toHaveText('Extension non détectée', { timeout: 2_000 })
      // First in the list: the row that needs the invigilator.
      await expect(first.getByTestId('candidate-row').first()).toContainText(CHARLIE)
      await expect(page.getByTestId('answer-validate')).toHaveCount(0)
      await expectAccessible(page)
      await screenshots(page, 'companion-blocked')
      await screenshots(first, 'companion-dashboard')
    })

    await test.step('turned on again: the page sees it and waits for the invigilator', async () => {
      await setExtensionEnabled(context as BrowserContext, extensionId, true)
      await expect(page.getByTestId('extension-back')).toContainText('L’extension est de nouveau détectée', {
        timeout: 5_000,
      })
      // The extension came back with no memory of the test: the page told it again.
      await expect.poll(async () => (await askExtension(page))?.testId).toBe(testId)
      await expect(page.getByTestId('answer-validate')).toHaveCount(0)
      await expect(status(first, CHARLIE)).toHaveText('Extension non détectée')
      await expectAccessible(page)
      await screenshots(page, 'companion-back')
    })

    await test.step('the invigilator confirms: the candidate continues at the same question, with no reload', async () => {
      await chooseAction(first, CHARLIE, "Confirmer la présence de l'extension")
      await first
        .getByRole('alertdialog')
        .getByRole('button', { name: "Confirmer la présence de l'extension" })
        .click()
      await expect(page.getByTestId('extension-pause')).toHaveCount(0)
      await expect(questionHeading(page, 'Question 1 / 32')).toBeVisible()
      await answerKept()
      await expectNotReloaded(page)
      await expect(status(first, CHARLIE)).toHaveText('En cours')
      await first.getByTestId('journal-toggle').click()
      await expect(first.getByTestId('journal')).toContainText(
        /Présence de l’extension confirmée \(question 1, test bloqué \d+\s?s\)/,
      )
    })

    await test.step('the end of the test is announced to the extension', async () => {
      await chooseAction(first, CHARLIE, 'Terminer le test')
      await first.getByRole('alertdialog').getByRole('button', { name: 'Terminer le test' }).click()
      await expect(
        page.getByRole('heading', { level: 1, name: 'Votre surveillant a mis fin à votre test' }),
      ).toBeVisible()
      await expect.poll(async () => (await askExtension(page))?.testId).toBeNull()
    })
    await first.context().close()
  } finally {
    await context?.close()
    rmSync(profile, { recursive: true, force: true })
    await requireExtension(false)
  }
})
