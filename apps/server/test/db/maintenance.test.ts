import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeExpired } from '../../src/maintenance'
import { startTestApp, type TestApp } from '../support/app'
import { client, signupBody } from '../support/http'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

describe('maintenance', () => {
  it('deletes expired web sessions, links and old attempt counters, and keeps live ones', async () => {
    const stale = client(t.app)
    const body = signupBody()
    await stale.post('/api/auth/signup', body)
    await client(t.app).post('/api/auth/password-reset/request', { email: body.email })
    await client(t.app).post('/api/auth/login', { email: body.email, password: 'wrong password 1' })
    t.clock.advance(25 * 3600_000)
    const fresh = client(t.app)
    await fresh.post('/api/auth/signup', signupBody())

    await purgeExpired(t.database.db, t.clock.now())

    const count = async (table: 'web_sessions' | 'account_tokens' | 'throttle_counters') =>
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n
    expect(Number(await count('web_sessions'))).toBe(1)
    expect(Number(await count('account_tokens'))).toBe(0)
    expect(Number(await count('throttle_counters'))).toBe(1) // the fresh sign-up's own
    expect((await fresh.get('/api/auth/me')).statusCode).toBe(200)
  })
})
