import { readFileSync } from 'node:fs'
import { expect, type Locator, type Page, test } from '@playwright/test'
import { demo } from './support/demo'
import { expectAccessible, screenshots, VIEWPORTS } from './support/look'

/** The Espace centre, as the demo centre's admin: a session, its candidates, its documents, a member. */

const SURNAMES = [
  'Abadi',
  'Bernard',
  'Blanc',
  'Bonnet',
  'Chevalier',
  'Clément',
  'David',
  'Dubois',
  'Durand',
  'Fabre',
  'Faure',
  'Fontaine',
  'Garnier',
  'Gauthier',
  'Girard',
  'Guérin',
  'Henry',
  'Lambert',
  'Laurent',
  'Lefèvre',
  'Legrand',
  'Mercier',
  'Morel',
  'Muller',
  'Nicolas',
  'Perrin',
  'Robin',
  'Rousseau',
  'Roux',
  'Vincent',
]
const FIRST_NAMES = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Manon', 'Jules', 'Inès', 'Nathan', 'Zoé', 'Ethan']

/** 30 candidate lines in the import's columns (the export's), `;`-separated. */
function candidateLines(mistakes: boolean): string[] {
  return SURNAMES.map((surname, index) => {
    const day = String((index % 28) + 1).padStart(2, '0')
    let birthdate = `${day}/0${(index % 9) + 1}/2006`
    let sex = index % 2 ? 'M' : 'F'
    if (mistakes && index === 4) birthdate = '31/02/2001'
    if (mistakes && index === 11) sex = 'X'
    const extraTime = index % 10 === 0 ? '33' : '0'
    const certification = index % 7 === 0 ? 'Pix+ Droit' : ''
    return [
      surname,
      FIRST_NAMES[index % FIRST_NAMES.length],
      sex,
      birthdate,
      'France',
      'Lyon',
      '69001',
      '',
      `E-${100 + index}`,
      extraTime,
      'non',
      certification,
      '',
      '',
    ].join(';')
  })
}

async function downloadBytes(page: Page, link: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

/** A dialog as people see it: the window (not the whole page) at desktop width and at 360 px. */
async function dialogScreenshots(page: Page, name: string) {
  const original = page.viewportSize()
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `screenshots/${name}-${label}.png` })
  }
  if (original) await page.setViewportSize(original)
}

/** Chooses a file as a person does: "Choisir un fichier", then the browser's file chooser. */
async function chooseFile(page: Page, dialog: Locator, buffer: Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: /Choisir un fichier/ }).click(),
  ])
  await chooser.setFiles({ name: 'candidats.csv', mimeType: 'text/csv', buffer })
  await expect(dialog.getByTestId('import-file-name')).toHaveText('candidats.csv')
}

async function fillCandidate(
  dialog: Locator,
  candidate: { lastName: string; firstName: string; sex: 'Femme' | 'Homme'; birthdate: string },
) {
  await dialog.getByLabel('Nom de naissance').fill(candidate.lastName)
  await dialog.getByLabel('Prénom').fill(candidate.firstName)
  await dialog.getByText(candidate.sex, { exact: true }).click()
  await dialog.getByLabel('Date de naissance').fill(candidate.birthdate)
  await dialog.getByLabel('Commune de naissance').fill('Rennes')
}

test('a centre admin creates a session, enrols and imports candidates, downloads its documents and invites a member', async ({
  page,
}) => {
  const { centre } = demo()
  const [year, month, day] = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10).split('-')
  const inAMonth = `${day}/${month}/${year}`

  // Sign in as the demo centre's admin, then open the centre.
  await page.goto('/connexion')
  await page.getByLabel('Adresse e-mail').fill(centre.admin.email)
  await page.getByLabel('Mot de passe').fill(centre.admin.password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('home-centre').getByRole('link', { name: centre.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: centre.name })).toBeVisible()

  // Create a session.
  await page.getByTestId('create-session').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Créer une session' })).toBeVisible()
  await page.getByTestId('session-submit').click()
  await expect(page.getByLabel('Nom du site')).toBeFocused()
  await expect(page.getByTestId('session-form')).toContainText('Ce champ est obligatoire.')
  await expectAccessible(page)
  await screenshots(page, 'centre-session-form')
  await page.getByLabel('Nom du site').fill('Pôle Certif - Université Pix+Droit')
  await page.getByLabel('Salle').fill('B14')
  await page.getByLabel('Surveillant(s)').fill('Alex Bernard, Sam Yasin')
  await page.getByLabel('Date', { exact: true }).fill(inAMonth)
  await page.getByLabel('Heure de début').fill('14h')
  await page.getByLabel('Description (facultatif)').fill('Session des étudiants de L3 droit.')
  await page.getByTestId('session-submit').click()

  await expect(page.getByTestId('notice')).toContainText(/La session \d+ a été créée/)
  const heading = await page.getByRole('heading', { level: 1 }).textContent()
  const number = /Session (\d+)/.exec(heading ?? '')?.[1] ?? ''
  expect(number).toMatch(/^\d+$/)
  await expect(page.getByTestId('session-status')).toHaveText('Créée')
  await expect(page.getByTestId('session-details')).toContainText('14:00')
  await expect(page.getByTestId('session-details')).toContainText('B14')
  await expect(page.getByTestId('code-accessCode')).toHaveText(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/)
  await expect(page.getByTestId('code-password')).toHaveText(/^C-\w{6}$/)
  await expect(page.getByTestId('invigilator-space-link')).toHaveText('Surveiller la session')
  await expect(page.getByTestId('candidates-empty')).toBeVisible()

  // Regenerate the access code, after confirming.
  const oldCode = await page.getByTestId('code-accessCode').textContent()
  await page.getByRole('button', { name: "Régénérer le code d'accès (candidats)" }).click()
  const regenerate = page.getByRole('alertdialog', { name: "Régénérer le code d'accès ?" })
  await expect(regenerate).toContainText("L'ancien code ne permettra plus de commencer un test.")
  await expectAccessible(page)
  await regenerate.getByRole('button', { name: 'Régénérer' }).click()
  await expect(regenerate).toBeHidden()
  await expect(page.getByTestId('code-accessCode')).not.toHaveText(oldCode ?? '')
  await expect(page.getByTestId('codes-notice')).toContainText("Nouveau code d'accès")

  // Two candidates by hand; the first is refused until its birthplace code is given.
  await page.getByTestId('add-candidate').click()
  let dialog = page.getByRole('dialog', { name: 'Ajouter un candidat' })
  await fillCandidate(dialog, {
    lastName: 'Delarue',
    firstName: 'Sophie',
    sex: 'Femme',
    birthdate: '04/07/2001',
  })
  await expectAccessible(page)
  await dialogScreenshots(page, 'centre-candidate-dialog')
  await dialog.getByTestId('candidate-submit').click()
  await expect(dialog).toContainText(
    'Pour une naissance en France, saisissez le code postal ou le code INSEE',
  )
  await dialog.getByLabel('Code postal de naissance (facultatif)').fill('35000')
  await dialog.getByRole('button', { name: /Certification complémentaire/ }).click()
  await page.getByRole('option', { name: 'Pix+ Droit' }).click()
  await dialog.getByTestId('candidate-submit').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('candidates-message')).toContainText(
    'DELARUE Sophie a été ajouté(e) à la session.',
  )

  await page.getByTestId('add-candidate').click()
  dialog = page.getByRole('dialog', { name: 'Ajouter un candidat' })
  await fillCandidate(dialog, {
    lastName: 'Abadi',
    firstName: 'Ismaël',
    sex: 'Homme',
    birthdate: '23/09/2003',
  })
  await dialog.getByLabel('Code INSEE de naissance (facultatif)').fill('2A004')
  await dialog.getByLabel('Temps majoré (%)').fill('33')
  await dialog.getByText("Le candidat bénéficie d'un aménagement d'accessibilité").click()
  await dialog.getByTestId('candidate-submit').click()
  await expect(dialog).toBeHidden()
  const rows = page.getByTestId('candidate-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'DELARUE' })).toContainText('Inscription à Pix+ Droit')
  await expect(rows.filter({ hasText: 'ABADI' })).toContainText('+ temps majoré 33 %')
  await expect(page.getByRole('heading', { name: 'Candidats (2)' })).toBeVisible()

  // The candidate list (CSV) in the import's columns, completed with 30 more: first with mistakes.
  const exported = await downloadBytes(page, page.getByTestId('download-candidates-csv'))
  expect(exported.name).toBe(`candidats-${number}.csv`)
  const current = exported.bytes.toString('utf8').replace(/(\r\n)+$/, '')
  expect(current.split('\r\n')).toHaveLength(3)
  const file = (mistakes: boolean) =>
    Buffer.from(`${[current, ...candidateLines(mistakes)].join('\r\n')}\r\n`, 'utf8')

  await page.getByTestId('import-candidates').click()
  const importDialog = page.getByRole('dialog', { name: 'Importer une liste de candidats' })
  await expect(importDialog.getByTestId('import-replaces')).toContainText('(2 candidats)')
  await importDialog.getByTestId('import-submit').click()
  await expect(importDialog).toContainText('Choisissez un fichier.')
  await chooseFile(page, importDialog, file(true))
  await importDialog.getByTestId('import-submit').click()
  const problems = importDialog.getByTestId('import-problems')
  await expect(problems).toContainText(
    "Le fichier « candidats.csv » n'a pas été importé : 2 problèmes à corriger.",
  )
  await expect(problems.getByRole('listitem')).toHaveCount(2)
  await expect(problems.getByRole('listitem').first()).toContainText(/Ligne 8\b.*31\/02\/2001/)
  await expect(problems.getByRole('listitem').nth(1)).toContainText(/Ligne 15\b.*Sexe.*X/)
  await expectAccessible(page)
  await dialogScreenshots(page, 'centre-import-problems')
  await expect(rows).toHaveCount(2)

  await chooseFile(page, importDialog, file(false))
  await importDialog.getByTestId('import-submit').click()
  await expect(importDialog).toBeHidden()
  await expect(page.getByTestId('candidates-message')).toContainText('32 candidats importés.')
  await expect(rows).toHaveCount(32)
  await expect(page.getByRole('heading', { name: 'Candidats (32)' })).toBeVisible()

  // The invigilator kit, the attendance sheet and the PV d'incident: real PDF files.
  for (const [testId, name] of [
    ['download-kit', `kit-surveillant-${number}.pdf`],
    ['download-attendance-sheet', `feuille-emargement-${number}.pdf`],
    ['download-incident-report', `pv-incident-${number}.pdf`],
  ] as const) {
    const link = page.getByTestId(testId)
    const pdf = await downloadBytes(page, link)
    expect(pdf.name).toBe(name)
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.bytes.length).toBeGreaterThan(2_000)
    const response = await page.request.get((await link.getAttribute('href')) ?? '')
    expect(response.headers()['content-type']).toBe('application/pdf')
  }

  // Edit the session: only the changed field is sent.
  await page.getByTestId('edit-session').click()
  await expect(page.getByRole('heading', { level: 1, name: `Modifier la session ${number}` })).toBeVisible()
  await expect(page.getByLabel('Salle')).toHaveValue('B14')
  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/sessions/'))
  await page.getByLabel('Salle').fill('B15')
  await page.getByTestId('session-submit').click()
  expect((await patch).postDataJSON()).toEqual({ room: 'B15' })
  await expect(page.getByTestId('notice')).toContainText('Les modifications ont été enregistrées.')
  await expect(page.getByTestId('session-details')).toContainText('B15')

  // The session page, dialogs closed: accessible, and looked at on a desktop and at 360 px.
  await expectAccessible(page)
  await screenshots(page, 'centre-session')

  // Removing a candidate asks first.
  await rows.filter({ hasText: 'ABADI' }).getByRole('button', { name: 'Actions pour ABADI Ismaël' }).click()
  await page.getByRole('menuitem', { name: 'Retirer de la session' }).click()
  const remove = page.getByRole('alertdialog', { name: 'Retirer ABADI Ismaël de la session ?' })
  await expectAccessible(page)
  await remove.getByRole('button', { name: 'Retirer de la session' }).click()
  await expect(remove).toBeHidden()
  await expect(rows).toHaveCount(31)

  // The centre's home lists the session, upcoming, with its candidates.
  await page
    .getByRole('navigation', { name: "Fil d'Ariane" })
    .getByRole('link', { name: centre.name })
    .click()
  const card = page.getByTestId('session-card').filter({ hasText: `N° ${number}` })
  await expect(card).toContainText('Créée')
  await expect(card).toContainText('31 candidats')
  await expect(card).toContainText('à 14:00')
  await expect(card).toContainText('Salle B15')
  await expectAccessible(page)
  await screenshots(page, 'centre-home')

  // Invite a member.
  await page.getByTestId('members-link').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Membres' })).toBeVisible()
  await expect(page.getByTestId('member-row').filter({ hasText: 'Camille Martin' })).toContainText('(vous)')
  const email = `dominique.${Date.now()}@example.fr`
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByTestId('invite-form').getByText('Administrateur', { exact: true }).click()
  await page.getByTestId('invite-submit').click()
  await expect(page.getByTestId('invite-sent')).toContainText(`Invitation envoyée à ${email}.`)
  await expect(page.getByTestId('invitation-row').filter({ hasText: email })).toContainText('Administrateur')
  await expectAccessible(page)
  await screenshots(page, 'centre-members')
})
