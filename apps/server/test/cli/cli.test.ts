import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../support/database'
import { startVigieProcess } from '../support/process'

const run = promisify(execFile)
const BIN = new URL('../../bin/vigie.mjs', import.meta.url).pathname

let database: Awaited<ReturnType<typeof createTestDatabase>>
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

/** The environment of the backend under test: a fresh embedded data folder, or the test PostgreSQL database. */
const backendEnv = () => ({
  ...process.env,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'vigie-cli-')),
  PUBLIC_URL: 'http://localhost:3000',
  LOG_LEVEL: 'warn',
  ...(database.url ? { DATABASE_URL: database.url } : { DATABASE_URL: '' }),
})

describe('vigie demo --json', () => {
  it('prints exactly one JSON object with the contract of the Foundation issue, the same every time', async () => {
    const env = backendEnv()
    const first = await run(process.execPath, [BIN, 'demo', '--json'], { env })
    const second = await run(process.execPath, [BIN, 'demo', '--json'], { env })
    expect(second.stdout).toBe(first.stdout)
    expect(first.stdout.trim().split('\n')).toHaveLength(1)
    const demo = JSON.parse(first.stdout)
    expect(Object.keys(demo)).toEqual(['baseUrl', 'centre', 'invigilator', 'session', 'candidates'])
    expect(demo.baseUrl).toBe('http://localhost:3000')
    expect(demo.centre).toEqual({
      name: expect.any(String),
      admin: { email: expect.stringContaining('@'), password: expect.any(String) },
    })
    expect(demo.invigilator).toEqual({ email: expect.stringContaining('@'), password: expect.any(String) })
    expect(demo.invigilator.email).not.toBe(demo.centre.admin.email)
    expect(demo.session).toEqual({
      number: expect.stringMatching(/^\d{6}$/),
      invigilatorPassword: expect.stringMatching(/^C-[A-Z0-9]{6}$/),
      accessCode: expect.stringMatching(/^[A-Z]{4}\d{2}$/),
      site: 'Pôle Certif - Université Pix+Droit',
      room: 'Salle B12',
      invigilatorUrl: `http://localhost:3000/surveillance?session=${demo.session.number}`,
      candidateUrl: 'http://localhost:3000/candidat',
    })
    expect(demo.candidates).toHaveLength(8)
    const byName = Object.fromEntries(demo.candidates.map((c: { lastName: string }) => [c.lastName, c]))
    expect(byName.ABADI).toMatchObject({
      firstName: 'Ismaël',
      birthdate: '1954-09-23',
      complementaryCertification: null,
    })
    expect(byName.DELARUE).toMatchObject({
      birthdate: '2001-07-04',
      complementaryCertification: 'Pix+ Droit',
    })
    expect(byName.DUPONT).toMatchObject({
      firstName: 'Cécile',
      birthdate: '1997-05-21',
      complementaryCertification: 'Pix+ Droit',
    })
    for (const name of ['DURAND', 'LAMOUR', 'PECK', 'YASIN']) expect(byName[name]).toBeDefined()
    expect(
      demo.candidates.filter((c: { extraTimePercentage: number }) => c.extraTimePercentage === 33),
    ).toHaveLength(1)
    for (const candidate of demo.candidates) {
      expect(Object.keys(candidate)).toEqual([
        'firstName',
        'lastName',
        'birthdate',
        'email',
        'password',
        'extraTimePercentage',
        'complementaryCertification',
      ])
    }
  })

  it('prepares exactly the data the server then serves: the demo accounts can log in', async () => {
    const env = backendEnv()
    const demo = JSON.parse((await run(process.execPath, [BIN, 'demo', '--json'], { env })).stdout)
    const server = await startVigieProcess(env as Record<string, string>)
    try {
      for (const account of [demo.centre.admin, demo.invigilator, ...demo.candidates]) {
        const response = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: account.email, password: account.password }),
        })
        expect(response.status).toBe(200)
      }
      const admin = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demo.centre.admin),
      })
      expect(((await admin.json()) as { memberships: unknown }).memberships).toEqual([
        { centreId: expect.any(String), centreName: demo.centre.name, role: 'admin' },
      ])
      const adminCookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] as string
      const { centreId } = (
        (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie: adminCookie } })).json()) as {
          memberships: Array<{ centreId: string }>
        }
      ).memberships[0] as { centreId: string }
      const sessions = (await (
        await fetch(`${server.url}/api/centres/${centreId}/sessions`, { headers: { cookie: adminCookie } })
      ).json()) as Array<{ number: string; candidateCount: number }>
      expect(sessions).toEqual([expect.objectContaining({ number: demo.session.number, candidateCount: 8 })])
    } finally {
      await server.stop()
    }
  })
})

describe('the embedded database', () => {
  it('refuses a data folder already opened by a running server, with a clear message', async () => {
    const env = { ...backendEnv(), DATABASE_URL: '' }
    const server = await startVigieProcess(env as Record<string, string>)
    try {
      const refused = await run(process.execPath, [BIN, 'demo', '--json'], { env }).catch((error) => error)
      expect(refused.code).toBe(1)
      expect(refused.stdout).toBe('')
      expect(refused.stderr).toContain('is in use by another Vigie process')
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    } finally {
      await server.stop()
    }
  })

  it('says which migrations it applied to a new data folder, then that it is up to date', async () => {
    const env = { ...backendEnv(), DATABASE_URL: '' }
    const first = await run(process.execPath, [BIN, 'migrate'], { env })
    expect(first.stdout).toMatch(/^Applied: 0001_foundation, 0002_sessions, .*\n$/)
    const again = await run(process.execPath, [BIN, 'migrate'], { env })
    expect(again.stdout).toBe('The database is up to date.\n')
  })

  it('names the bad variable when the configuration is wrong', async () => {
    const failed = await run(process.execPath, [BIN, 'migrate'], {
      env: { ...backendEnv(), PORT: 'eighty' },
    }).catch((error) => error)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('PORT must be a port number')
  })
})

describe('vigie centre create', () => {
  it('creates a centre whose first admin has an account, and says why it cannot otherwise', async () => {
    const env = backendEnv()
    const demo = JSON.parse((await run(process.execPath, [BIN, 'demo', '--json'], { env })).stdout)
    const args = [
      'centre',
      'create',
      '--name',
      'Lycée Victor Hugo',
      '--type',
      'Lycée',
      '--time-zone',
      'Europe/Paris',
    ]
    const created = await run(
      process.execPath,
      [BIN, ...args, '--admin-email', demo.invigilator.email, '--certification', 'Pix+ Droit'],
      { env },
    )
    expect(created.stdout).toMatch(/^Centre created: [0-9a-f-]{36}\n$/)
    const refused = await run(process.execPath, [BIN, ...args, '--admin-email', 'nobody@example.fr'], {
      env,
    }).catch((e) => e)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('No account uses nobody@example.fr')
    const badZone = await run(
      process.execPath,
      [BIN, ...args.slice(0, -1), 'Paris', '--admin-email', demo.invigilator.email],
      { env },
    ).catch((e) => e)
    expect(badZone.stderr).toContain('is not an IANA time zone')
  }, 120_000)
})
