import { createCentre } from '../../src/accounts/centres'
import { ensureSomeBank } from '../../src/evaluation/bank-store'
import { startTestApp, type TestApp } from './app'
import { type Client, client, signupBody } from './http'

/** A signed-in admin of a new centre (Europe/Paris, offering "Pix+ Droit"). */
export async function centreAdmin(
  t: TestApp,
  name = 'Lycée Jean Moulin',
): Promise<{ admin: Client; centreId: string }> {
  const admin = client(t.app)
  const body = signupBody()
  await admin.post('/api/auth/signup', body)
  const { id } = await createCentre(t.database.db, {
    name,
    type: 'Lycée',
    timeZone: 'Europe/Paris',
    complementaryCertifications: ['Pix+ Droit'],
    adminEmail: body.email,
  })
  return { admin, centreId: id }
}

/** A test app with the demo bank and a centre admin: what most files start from. */
export async function centreApp(): Promise<{ t: TestApp; admin: Client; centreId: string }> {
  const t = await startTestApp()
  await ensureSomeBank(t.database.db)
  return { t, ...(await centreAdmin(t)) }
}

export const sessionBody = (overrides: Record<string, unknown> = {}) => ({
  site: 'Pôle Certif - Université Pix+Droit',
  room: 'Salle B12',
  date: '2026-12-01',
  startTime: '14:00',
  invigilatorNames: 'Alex Bernard',
  description: '',
  ...overrides,
})
