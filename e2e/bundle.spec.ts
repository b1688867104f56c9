import { gzipSync } from 'node:zlib'
import { expect, type Page, test } from '@playwright/test'
import { demo } from './support/demo'

/**
 * Invigilators watch the room from phones on the centre's Wi-Fi: the JavaScript a browser
 * downloads to show the Espace Surveillant ready to use stays under 150 KB once gzipped (every
 * script the page loads, shared chunks included). The row's "⋮" menu and the dialogs it opens
 * load on first use: with them too, it stays under 175 KB.
 */
const READY_BUDGET_BYTES = 150 * 1024
// react-aria's Menu (collections, selection) alone is ~18 KB of it: measured 172 KB on 2026-11-25.
const WITH_DIALOGS_BUDGET_BYTES = 175 * 1024

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/**
 * Signs in as the demo invigilator, opens the session's dashboard (in a fresh browser context:
 * nothing cached) and its journal; returns what the scripts downloaded so far weigh, gzipped.
 */
async function openDashboard(page: Page) {
  const { invigilator, session, baseUrl } = demo()
  const headers = { origin: baseUrl }
  expect((await page.request.post('/api/auth/login', { data: invigilator, headers })).ok()).toBe(true)
  const access = await page.request.post('/api/invigilation/access', {
    data: { sessionNumber: session?.number, password: session?.invigilatorPassword },
    headers,
  })
  const { sessionId } = (await access.json()) as { sessionId: string }

  // During a session, tests run: the first candidate is shown with a test in progress and an open
  // report, so that its row has the "⋮" menu and its dialogs. Only the list the page reads is
  // changed, nothing is sent to the server: the other scenarios share the demo session.
  await page.route(`**/api/invigilation/sessions/${sessionId}/candidates`, async (route) => {
    const response = await route.fetch()
    const [first, ...others] = (await response.json()) as Record<string, unknown>[]
    await route.fulfill({ response, json: [{ ...first, ...runningTest() }, ...others] })
  })

  const scripts = new Map<string, Promise<number>>()
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js'))
      scripts.set(
        response.url(),
        response.body().then((body) => gzipSync(body, { level: 9 }).length),
      )
  })
  const downloaded = async () => {
    const sizes = await Promise.all(scripts.values())
    return { count: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) }
  }

  await page.goto(`/surveillance/sessions/${sessionId}`)
  await expect(page.getByTestId('invigilator-session')).toBeVisible()
  await expect(page.getByTestId('candidate-row').first()).toBeVisible()
  await expect(page.getByTestId('candidate-menu')).toBeVisible()
  const journal = page.getByTestId('journal')
  await page.getByTestId('journal-toggle').click()
  await expect(
    journal.getByRole('table').or(journal.getByText('Aucune action pour le moment.')),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  return downloaded
}

function runningTest() {
  const now = Date.now()
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString()
  return {
    joined: true,
    presenceConfirmed: true,
    presenceValidUntil: null,
    started: true,
    status: 'signalement',
    test: {
      status: 'started',
      startedAt: at(-10),
      theoreticalEndAt: at(95),
      endedAt: null,
      answered: 4,
      totalQuestions: 32,
      lastSeenAt: at(0),
      signalement: { id: 'bundle-check', questionNumber: 5, reportedAt: at(-1), categories: ['E1', 'E11'] },
      extensionMissingSince: null,
      resumeAuthorisedUntil: null,
    },
  }
}

test('the Espace Surveillant, ready to use, loads under 150 KB of gzipped JavaScript', async ({ page }) => {
  const downloaded = await openDashboard(page)
  const ready = await downloaded()
  console.log(`Espace Surveillant ready: ${ready.count} scripts, ${kilobytes(ready.bytes)} gzipped`)
  expect(ready.count).toBeGreaterThan(0)
  expect(ready.bytes).toBeLessThan(READY_BUDGET_BYTES)
})

test('with its "⋮" menu and dialogs opened, it stays under 175 KB of gzipped JavaScript', async ({
  page,
}) => {
  const downloaded = await openDashboard(page)
  const ready = await downloaded()

  // The menu and the dialogs load on first use, with the keyboard as with a pointer.
  const menu = page.getByTestId('candidate-menu')
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu')).toBeVisible()
  await expect(page.getByRole('menuitem', { name: 'Gérer un signalement' })).toBeFocused()
  await page.keyboard.press('Enter')
  const signalement = page.getByRole('dialog', { name: 'Gérer un signalement' })
  await expect(signalement.getByRole('radio').first()).toBeVisible()
  await signalement.getByRole('button', { name: 'Annuler' }).click()
  await expect(signalement).toBeHidden()
  await expect(menu).toBeFocused()

  await page.keyboard.press('ArrowUp') // opens the menu on its last item
  await expect(page.getByRole('menuitem', { name: 'Terminer le test' })).toBeFocused()
  await page.keyboard.press('Enter')
  const end = page.getByRole('alertdialog')
  await expect(end).toBeVisible()
  await end.getByRole('button', { name: 'Annuler' }).click()
  await expect(end).toBeHidden()
  await expect(menu).toBeFocused()

  const all = await downloaded()
  console.log(
    `Espace Surveillant ready: ${ready.count} scripts, ${kilobytes(ready.bytes)}; with its menu and dialogs: ${all.count} scripts, ${kilobytes(all.bytes)} gzipped`,
  )
  expect(all.bytes).toBeLessThan(WITH_DIALOGS_BUDGET_BYTES)
})
