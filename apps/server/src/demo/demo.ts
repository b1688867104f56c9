import { randomBytes, randomInt } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import { hashPassword } from '../accounts/passwords'
import type { DB } from '../db/schema'

/** What `vigie demo --json` prints: the contract of issue "Foundation". */
export interface DemoManifest {
  baseUrl: string
  centre: { name: string; admin: { email: string; password: string } }
  invigilator: { email: string; password: string }
  session: null | {
    number: string
    invigilatorPassword: string
    accessCode: string
    site: string
    room: string
    invigilatorUrl: string
    candidateUrl: string
  }
  candidates: Array<{
    firstName: string
    lastName: string
    birthdate: string
    email: string
    password: string
    extraTimePercentage: number
    complementaryCertification: string | null
  }>
}

type StoredManifest = Omit<DemoManifest, 'baseUrl'>

export const DEMO_CENTRE = {
  name: 'Centre de démonstration Vigie',
  type: 'Établissement d’enseignement supérieur',
  timeZone: 'Europe/Paris',
  complementaryCertifications: ['Pix+ Droit'],
}

/** A readable random password that passes the strength rule: Demo-xxxx-xxxx-9. */
const demoPassword = () => {
  const part = () => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 4).toLowerCase()
  return `Demo-${part()}-${part()}-${randomInt(10)}`
}

/**
 * Creates the demo once: a centre with its admin, and an invigilator who is not a member.
 * Later calls change nothing and return what the first one created. Safe when two processes
 * run it at the same time (a transaction-scoped advisory lock).
 */
export async function ensureDemo(db: Kysely<DB>, baseUrl: string): Promise<DemoManifest> {
  const stored = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('vigie-demo'))`.execute(trx)
    const existing = await trx.selectFrom('demo').select('manifest').where('id', '=', 1).executeTakeFirst()
    if (existing) return existing.manifest as StoredManifest

    const admin = { email: 'admin@demo.vigie.test', password: demoPassword() }
    const invigilator = { email: 'surveillant@demo.vigie.test', password: demoPassword() }
    const centre = await trx
      .insertInto('centres')
      .values({
        name: DEMO_CENTRE.name,
        type: DEMO_CENTRE.type,
        time_zone: DEMO_CENTRE.timeZone,
        complementary_certifications: DEMO_CENTRE.complementaryCertifications,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const person = async (
      account: { email: string; password: string },
      firstName: string,
      lastName: string,
    ) =>
      trx
        .insertInto('users')
        .values({
          email: account.email,
          first_name: firstName,
          last_name: lastName,
          password_hash: await hashPassword(account.password),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    const adminUser = await person(admin, 'Camille', 'Martin')
    await person(invigilator, 'Alex', 'Bernard')
    await trx
      .insertInto('centre_memberships')
      .values({ centre_id: centre.id, user_id: adminUser.id, role: 'admin' })
      .execute()

    const manifest: StoredManifest = {
      centre: { name: DEMO_CENTRE.name, admin },
      invigilator,
      session: null,
      candidates: [],
    }
    await trx
      .insertInto('demo')
      .values({ id: 1, manifest: JSON.stringify(manifest) })
      .execute()
    return manifest
  })
  // Rebuilt in the contract's order: jsonb does not keep keys in order.
  return {
    baseUrl,
    centre: stored.centre,
    invigilator: stored.invigilator,
    session: stored.session,
    candidates: stored.candidates,
  }
}

/** The demo's data in words, for the terminal of `npm start`. */
export function describeDemo(demo: DemoManifest): string {
  const lines = [
    '',
    `Vigie is running on ${demo.baseUrl}`,
    '',
    `  Centre "${demo.centre.name}"`,
    `    admin:        ${demo.centre.admin.email} / ${demo.centre.admin.password}`,
    `  Invigilator:    ${demo.invigilator.email} / ${demo.invigilator.password}`,
  ]
  if (demo.session) {
    lines.push(
      `  Session ${demo.session.number}: ${demo.session.site}, ${demo.session.room}`,
      `    invigilators: ${demo.session.invigilatorUrl} (password ${demo.session.invigilatorPassword})`,
      `    candidates:   ${demo.session.candidateUrl} (access code ${demo.session.accessCode})`,
    )
  }
  for (const c of demo.candidates) lines.push(`    ${c.lastName} ${c.firstName}: ${c.email} / ${c.password}`)
  lines.push('', 'All of it again, as JSON: npx vigie demo --json', '')
  return lines.join('\n')
}
