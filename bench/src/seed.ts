/**
 * The bench's data, made by the product's own code (its migrations, bank import, centre, session
 * and candidate use cases, account repository), never by SQL of the bench's own: what the bench
 * measures then reads rows shaped exactly as production writes them.
 */
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CandidateInput } from '@vigie/contract'
import pg from 'pg'
import pino from 'pino'
import { createCentre } from '../../apps/server/src/accounts/centres'
import { hashPassword } from '../../apps/server/src/accounts/passwords'
import { createAccountsRepository } from '../../apps/server/src/accounts/repository'
import { createCandidatesService } from '../../apps/server/src/centre/candidates'
import { createCentreService } from '../../apps/server/src/centre/service'
import { systemClock } from '../../apps/server/src/clock'
import { type Database, openDatabase } from '../../apps/server/src/db/database'
import { migrateToLatest } from '../../apps/server/src/db/migrate'
import { ensureSomeBank } from '../../apps/server/src/evaluation/bank-store'
import { wallClock } from '../../apps/server/src/time'

/** Every bench account's password: one argon2id hash, computed once, serves them all. */
export const BENCH_PASSWORD = 'bench-password-2026'
const TIME_ZONE = 'Europe/Paris'
const quiet = pino({ level: 'warn' })
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export interface SeededCandidate {
  /** The enrolment's id: what the session's events name the candidate by. */
  id: string
  email: string
  firstName: string
  lastName: string
  birthdate: string
}

export interface SeededSession {
  id: string
  number: string
  invigilatorPassword: string
  accessCode: string
  invigilator: { email: string }
  candidates: SeededCandidate[]
}

/** A run's database: where its processes find it, and how to measure and drop it. */
export interface RunDatabase {
  backend: 'pglite' | 'postgres'
  env: { DATA_DIR: string } | { DATABASE_URL: string; DATA_DIR: string }
  open(): Promise<Database>
  /** Bytes on disk (PGlite: the data folder; PostgreSQL: pg_database_size). */
  size(): Promise<number>
  drop(): Promise<void>
}

/** What a template holds depends on the migrations and the bank: a change to either makes a new one. */
function templateKey(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else hash.update(path.slice(dir.length)).update(readFileSync(path))
    }
  }
  walk(here('../../apps/server/src/db/migrations'))
  walk(here('../../content/bank'))
  return hash.digest('hex').slice(0, 10)
}

const CACHE = join(tmpdir(), 'vigie-bench')

/**
 * A migrated database with the demo bank, made once and kept between runs: migrating and
 * importing the bank (its exposure calibration) takes 20-40 s on this machine, longer than a
 * quick scenario.
 */
async function prepare(database: Database): Promise<void> {
  await migrateToLatest(database.db)
  await ensureSomeBank(database.db)
}

function dirSize(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((total, entry) => total + dirSize(join(path, entry)), 0)
}

export async function pgliteRunDatabase(name: string): Promise<RunDatabase> {
  const template = join(CACHE, `pglite-${templateKey()}`)
  if (!existsSync(template)) {
    const building = `${template}.building-${process.pid}`
    rmSync(building, { recursive: true, force: true })
    const database = await openDatabase({ databaseUrl: undefined, dataDir: building, logger: quiet })
    await prepare(database)
    await database.close()
    renameSync(building, template)
    // Templates of older migrations or banks serve no more.
    for (const old of readdirSync(CACHE).filter(
      (d) => d.startsWith('pglite-') && join(CACHE, d) !== template,
    ))
      rmSync(join(CACHE, old), { recursive: true, force: true })
  }
  const dataDir = join(CACHE, 'runs', `${name}-${process.pid}`)
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  // The PGlite folder only: the template's lock file and secret stay behind.
  cpSync(join(template, 'pglite'), join(dataDir, 'pglite'), { recursive: true })
  return {
    backend: 'pglite',
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ databaseUrl: undefined, dataDir, logger: quiet }),
    size: async () => dirSize(join(dataDir, 'pglite')),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  }
}

const withDatabaseName = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function admin<T>(serverUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

/** `serverUrl`: any database of the PostgreSQL server, to create the bench's own from. */
export async function postgresRunDatabase(serverUrl: string, name: string): Promise<RunDatabase> {
  const template = `vigie_bench_tpl_${templateKey()}`
  const exists = (client: pg.Client, db: string) =>
    client.query('select 1 from pg_database where datname = $1', [db]).then((r) => (r.rowCount ?? 0) > 0)
  if (!(await admin(serverUrl, (c) => exists(c, template)))) {
    const building = `${template}_building`
    await admin(serverUrl, async (c) => {
      await c.query(`drop database if exists ${building} with (force)`)
      await c.query(`create database ${building}`)
    })
    const database = await openDatabase({
      databaseUrl: withDatabaseName(serverUrl, building),
      dataDir: join(CACHE, 'pg-secret'),
      logger: quiet,
      poolSize: 2,
    })
    await prepare(database)
    await database.close()
    await admin(serverUrl, async (c) => {
      await c.query(`alter database ${building} rename to ${template}`)
      // Templates of older migrations or banks serve no more.
      const { rows } = await c.query<{ datname: string }>(
        `select datname from pg_database where datname like 'vigie\\_bench\\_tpl\\_%' and datname <> $1`,
        [template],
      )
      for (const { datname } of rows) await c.query(`drop database if exists ${datname} with (force)`)
    })
  }
  const db = `vigie_bench_${name.replace(/\W/g, '_')}`
  await admin(serverUrl, async (c) => {
    await c.query(`drop database if exists ${db} with (force)`)
    await c.query(`create database ${db} template ${template}`)
  })
  const url = withDatabaseName(serverUrl, db)
  const dataDir = join(CACHE, 'runs', `${name}-${process.pid}`)
  mkdirSync(dataDir, { recursive: true })
  return {
    backend: 'postgres',
    env: { DATABASE_URL: url, DATA_DIR: dataDir },
    open: () => openDatabase({ databaseUrl: url, dataDir, logger: quiet, poolSize: 8 }),
    size: () =>
      admin(serverUrl, (c) =>
        c
          .query<{ size: string }>('select pg_database_size($1) as size', [db])
          .then((r) => Number(r.rows[0]?.size)),
      ),
    drop: async () => {
      await admin(serverUrl, (c) => c.query(`drop database if exists ${db} with (force)`))
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Names made of letters only, distinct within a session, as enrolment lists have. */
const letters = (n: number) => {
  let text = ''
  let rest = n
  do {
    text = String.fromCharCode(65 + (rest % 26)) + text
    rest = Math.floor(rest / 26)
  } while (rest > 0)
  return text
}

/** Runs `work` over `items`, at most `concurrency` at a time. */
export async function eachLimited<T>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}

/**
 * A centre, sessions of `perSession` candidates (one invigilator each, as one invigilator per
 * room of 20), and an account for every candidate and invigilator. Returns what the people
 * know: their e-mail, their details, the session's number, password and access code.
 */
export async function seed(
  database: Database,
  options: { candidates: number; perSession: number; run: string },
): Promise<{ sessions: SeededSession[]; seconds: number; hashMs: number }> {
  const began = performance.now()
  const { db } = database
  const accounts = createAccountsRepository(db)
  const hashStarted = performance.now()
  const passwordHash = await hashPassword(BENCH_PASSWORD)
  const hashMs = performance.now() - hashStarted
  const domain = `${options.run}.bench.vigie.test`
  const newUser = async (email: string, firstName: string, lastName: string) => {
    const row = await accounts.insertUser({
      email,
      first_name: firstName,
      last_name: lastName,
      password_hash: passwordHash,
      locale: 'fr',
    })
    if (!row) throw new Error(`${email} exists already`)
    return row.id
  }
  const adminId = await newUser(`admin@${domain}`, 'Camille', 'Martin')
  const { id: centreId } = await createCentre(db, {
    name: `Centre de charge ${options.run}`,
    type: 'Lycée',
    timeZone: TIME_ZONE,
    complementaryCertifications: [],
    adminEmail: `admin@${domain}`,
  })
  const centre = createCentreService({ db, clock: systemClock })
  const candidates = createCandidatesService({ db, clock: systemClock, centre })
  const today = wallClock(systemClock.now(), TIME_ZONE)
  const sessionCount = Math.ceil(options.candidates / options.perSession)
  const concurrency = database.backend === 'postgres' ? 6 : 1

  const sessions: SeededSession[] = new Array(sessionCount)
  await eachLimited([...Array(sessionCount).keys()], concurrency, async (s) => {
    const session = await centre.createSession(adminId, centreId, {
      site: 'Centre d’examen',
      room: `Salle ${s + 1}`,
      date: today.date,
      startTime: `${today.time.slice(0, 2)}:00`,
      invigilatorNames: `Surveillant ${s + 1}`,
      description: 'Session de test de charge.',
    })
    const invigilatorEmail = `s${s}@${domain}`
    await newUser(invigilatorEmail, 'Alex', `Surveillant${letters(s)}`)
    const size = Math.min(options.perSession, options.candidates - s * options.perSession)
    const people: SeededCandidate[] = []
    for (let i = 0; i < size; i++) {
      const n = s * options.perSession + i
      const person = {
        lastName: `CHARGE${letters(n)}`,
        firstName: `Prenom${letters(i)}`,
        birthdate: `${1980 + (n % 25)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      }
      const input: CandidateInput = {
        ...person,
        sex: n % 2 ? 'M' : 'F',
        birthCountry: 'France',
        birthCity: 'Lyon',
        birthPostalCode: '69001',
        birthInseeCode: null,
        externalId: null,
        extraTimePercentage: 0,
        accessibilityAdjustment: false,
        complementaryCertification: null,
        convocationEmail: null,
        resultsEmail: null,
      }
      const enrolled = await candidates.add(adminId, session.id, input)
      const email = `c${n}@${domain}`
      await newUser(email, person.firstName, person.lastName)
      people.push({ id: enrolled.id, email, ...person })
    }
    sessions[s] = {
      id: session.id,
      number: session.number,
      invigilatorPassword: session.invigilatorPassword,
      accessCode: session.accessCode,
      invigilator: { email: invigilatorEmail },
      candidates: people,
    }
  })
  return { sessions, seconds: (performance.now() - began) / 1000, hashMs }
}

/** The server's settings that change what a run measures: reported with the results. */
export const REPORTED_POSTGRES_SETTINGS = [
  'server_version',
  'autovacuum',
  'fsync',
  'synchronous_commit',
  'shared_buffers',
  'max_connections',
] as const

export async function postgresSettings(serverUrl: string): Promise<Record<string, string>> {
  return admin(serverUrl, async (client) => {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `select name, current_setting(name) as setting from unnest($1::text[]) as name`,
      [[...REPORTED_POSTGRES_SETTINGS]],
    )
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]))
  })
}
