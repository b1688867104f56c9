import pino from 'pino'
import type { Mail, Mailer } from '../../src/accounts/mailer'
import { buildApp, type Vigie } from '../../src/app'
import type { Clock } from '../../src/clock'
import type { Database } from '../../src/db/database'
import { createTestDatabase } from './database'

export const PUBLIC_URL = 'http://vigie.test'

/** A clock that tests move by hand. */
export function testClock(start = new Date('2026-11-25T08:00:00Z')) {
  let now = start.getTime()
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms
    },
  } satisfies Clock & { advance(ms: number): void }
}

/** Keeps what would have been e-mailed, so tests can follow the links. */
export function capturingMailer() {
  const sent: Mail[] = []
  return {
    sent,
    async send(mail: Mail) {
      sent.push(mail)
    },
    lastLink(): string {
      const text = sent.at(-1)?.text ?? ''
      const link = text.match(/https?:\/\/\S+/)?.[0]
      if (!link) throw new Error(`no link in the last e-mail: ${text}`)
      return link
    },
  } satisfies Mailer & Record<string, unknown>
}

export interface TestApp extends Vigie {
  database: Database
  clock: ReturnType<typeof testClock>
  mailer: ReturnType<typeof capturingMailer>
  close(): Promise<void>
}

/** The real app on a fresh database of the backend under test. */
export async function startTestApp(
  options: { database?: Database; publicUrl?: string } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase())
  const clock = testClock()
  const mailer = capturingMailer()
  const vigie = await buildApp({
    database,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    clock,
    mailer,
    publicUrl: options.publicUrl ?? PUBLIC_URL,
    secret: 'test-secret-that-is-long-enough-to-sign-cookies',
    webDist: '/nonexistent',
  })
  await vigie.app.ready()
  return {
    ...vigie,
    database,
    clock,
    mailer,
    async close() {
      await vigie.app.close()
      if (!options.database) await database.close()
    },
  }
}
