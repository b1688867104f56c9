import { randomBytes, randomInt } from 'node:crypto'
import type { CandidateInput } from '@vigie/contract'
import { type Kysely, sql } from 'kysely'
import { createCentre } from '../accounts/centres'
import { hashPassword } from '../accounts/passwords'
import { createCandidatesService } from '../centre/candidates'
import { candidateUrl, invigilatorUrl } from '../centre/documents/session-documents'
import { createCentreService } from '../centre/service'
import type { Clock } from '../clock'
import type { DB } from '../db/schema'
import { wallClock } from '../time'

/** What `vigie demo --json` prints: the contract of issue "Foundation". */
export interface DemoManifest {
  baseUrl: string
  centre: { name: string; admin: Account }
  invigilator: Account
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

interface Account {
  email: string
  password: string
}

/** What the demo keeps: the accounts' passwords (shown once created) and the session's id (its codes are read fresh). */
interface StoredDemo {
  centre: DemoManifest['centre']
  invigilator: Account
  sessionId: string
  candidates: DemoManifest['candidates']
}

export const DEMO_CENTRE = {
  name: 'Centre de démonstration Vigie',
  type: 'Établissement d’enseignement supérieur',
  timeZone: 'Europe/Paris',
  complementaryCertifications: ['Pix+ Droit'],
}

/** The guide's example room: its eight candidates, two enrolled in Pix+ Droit, one with 33 % extra time. */
const DEMO_CANDIDATES: Array<
  Pick<CandidateInput, 'lastName' | 'firstName' | 'sex' | 'birthdate' | 'birthCity' | 'birthPostalCode'> &
    Partial<CandidateInput>
> = [
  {
    lastName: 'ABADI',
    firstName: 'Ismaël',
    sex: 'M',
    birthdate: '1954-09-23',
    birthCity: 'Marseille',
    birthPostalCode: '13001',
  },
  {
    lastName: 'DELARUE',
    firstName: 'Sophie',
    sex: 'F',
    birthdate: '2001-07-04',
    birthCity: 'Rennes',
    birthPostalCode: '35000',
    complementaryCertification: 'Pix+ Droit',
  },
  {
    lastName: 'DUPONT',
    firstName: 'Cécile',
    sex: 'F',
    birthdate: '1997-05-21',
    birthCity: 'Lyon',
    birthPostalCode: '69001',
    complementaryCertification: 'Pix+ Droit',
  },
  {
    lastName: 'DURAND',
    firstName: 'Simon',
    sex: 'M',
    birthdate: '1995-05-14',
    birthCity: 'Nantes',
    birthPostalCode: '44000',
  },
  {
    lastName: 'LAMOUR',
    firstName: 'Marie',
    sex: 'F',
    birthdate: '1998-07-06',
    birthCity: 'Lille',
    birthPostalCode: '59000',
  },
  {
    lastName: 'PECK',
    firstName: 'Charlie',
    sex: 'M',
    birthdate: '2000-01-01',
    birthCity: 'Bordeaux',
    birthPostalCode: '33000',
  },
  {
    lastName: 'YASIN',
    firstName: 'Sam',
    sex: 'M',
    birthdate: '2000-01-01',
    birthCity: 'Toulouse',
    birthPostalCode: '31000',
  },
  {
    lastName: 'MOREAU',
    firstName: 'Léa',
    sex: 'F',
    birthdate: '2003-02-11',
    birthCity: 'Strasbourg',
    birthPostalCode: '67000',
    extraTimePercentage: 33,
  },
]

/** A readable random password that passes the strength rule: Demo-xxxx-xxxx-9. */
const demoPassword = () => {
  const part = () => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 4).toLowerCase()
  return `Demo-${part()}-${part()}-${randomInt(10)}`
}

const asciiSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')

/**
 * Creates the demo once, through the product's own use cases: a centre with its admin, an
 * invigilator who is not a member, a session of today in "Salle B12" and its eight candidates,
 * each with an account. Later calls change nothing and print the same. Two processes running it
 * at once are serialised by an advisory lock.
 */
export async function ensureDemo(db: Kysely<DB>, baseUrl: string, clock: Clock): Promise<DemoManifest> {
  const stored = await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext('vigie-demo'))`.execute(conn)
    try {
      const existing = await conn.selectFrom('demo').select('manifest').where('id', '=', 1).executeTakeFirst()
      if (existing) return existing.manifest as StoredDemo
      const created = await createDemo(conn, clock)
      await conn
        .insertInto('demo')
        .values({ id: 1, manifest: JSON.stringify(created) })
        .execute()
      return created
    } finally {
      await sql`select pg_advisory_unlock(hashtext('vigie-demo'))`.execute(conn)
    }
  })
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', stored.sessionId)
    .executeTakeFirst()
  // Rebuilt in the contract's order (jsonb does not keep keys in order), with the session's current codes.
  const account = (a: Account): Account => ({ email: a.email, password: a.password })
  return {
    baseUrl,
    centre: { name: stored.centre.name, admin: account(stored.centre.admin) },
    invigilator: account(stored.invigilator),
    session: session
      ? {
          number: session.number,
          invigilatorPassword: `C-${session.invigilator_password}`,
          accessCode: session.access_code,
          site: session.site,
          room: session.room,
          invigilatorUrl: invigilatorUrl(baseUrl, session),
          candidateUrl: candidateUrl(baseUrl),
        }
      : null,
    candidates: stored.candidates.map((c) => ({
      firstName: c.firstName,
      lastName: c.lastName,
      birthdate: c.birthdate,
      email: c.email,
      password: c.password,
      extraTimePercentage: c.extraTimePercentage,
      complementaryCertification: c.complementaryCertification,
    })),
  }
}

async function createDemo(db: Kysely<DB>, clock: Clock): Promise<StoredDemo> {
  const account = async (
    email: string,
    firstName: string,
    lastName: string,
  ): Promise<Account & { id: string }> => {
    const password = demoPassword()
    const { id } = await db
      .insertInto('users')
      .values({
        email,
        first_name: firstName,
        last_name: lastName,
        password_hash: await hashPassword(password),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { id, email, password }
  }
  const admin = await account('admin@demo.vigie.test', 'Camille', 'Martin')
  const invigilator = await account('surveillant@demo.vigie.test', 'Alex', 'Bernard')
  const { id: centreId } = await createCentre(db, { ...DEMO_CENTRE, adminEmail: admin.email })

  const centre = createCentreService({ db, clock })
  const today = wallClock(clock.now(), DEMO_CENTRE.timeZone)
  const session = await centre.createSession(admin.id, centreId, {
    site: 'Pôle Certif - Université Pix+Droit',
    room: 'Salle B12',
    date: today.date,
    startTime: `${today.time.slice(0, 2)}:00`,
    invigilatorNames: 'Alex Bernard',
    description: 'Session de démonstration : les candidats et leurs comptes sont fictifs.',
  })

  const candidates = createCandidatesService({ db, clock, centre })
  const enrolled: StoredDemo['candidates'] = []
  for (const person of DEMO_CANDIDATES) {
    const candidate = await candidates.add(admin.id, session.id, {
      birthCountry: 'France',
      birthInseeCode: null,
      externalId: null,
      extraTimePercentage: 0,
      accessibilityAdjustment: false,
      complementaryCertification: null,
      convocationEmail: null,
      resultsEmail: null,
      ...person,
    })
    const login = await account(
      `${asciiSlug(person.firstName)}.${asciiSlug(person.lastName)}@demo.vigie.test`,
      person.firstName,
      person.lastName,
    )
    enrolled.push({
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      birthdate: candidate.birthdate,
      email: login.email,
      password: login.password,
      extraTimePercentage: candidate.extraTimePercentage,
      complementaryCertification: candidate.complementaryCertification,
    })
  }
  return {
    centre: { name: DEMO_CENTRE.name, admin: { email: admin.email, password: admin.password } },
    invigilator: { email: invigilator.email, password: invigilator.password },
    sessionId: session.id,
    candidates: enrolled,
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
