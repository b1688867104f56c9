import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RESET_TOKEN_TTL_MS, SESSION_IDLE_MS, throttles } from '../../src/accounts/service'
import { startTestApp, type TestApp } from '../support/app'
import { client, signupBody } from '../support/http'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

const cookieLine = (headers: Record<string, unknown>) => [headers['set-cookie']].flat().join('\n')

describe('sign up', () => {
  it('creates the account, signs in with a hardened cookie, and answers /me', async () => {
    const browser = client(t.app)
    const body = signupBody({ email: 'Cecile.Dupont@Example.FR' })
    const response = await browser.post('/api/auth/signup', body)
    expect(response.statusCode).toBe(201)
    expect(response.json().user).toMatchObject({
      email: 'cecile.dupont@example.fr',
      firstName: 'Cécile',
      locale: 'fr',
    })

    const cookie = cookieLine(response.headers)
    expect(cookie).toMatch(/^vigie_session=[^;]+\.[^;]+;/) // value.signature
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Path=/')
    expect(cookie).not.toContain('Secure')

    const me = await browser.get('/api/auth/me')
    expect(me.statusCode).toBe(200)
    expect(me.json()).toEqual({ user: response.json().user, memberships: [] })
  })

  it('refuses an e-mail already used, whatever its case', async () => {
    const body = signupBody()
    expect((await client(t.app).post('/api/auth/signup', body)).statusCode).toBe(201)
    const again = await client(t.app).post('/api/auth/signup', { ...body, email: body.email.toUpperCase() })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'email_taken', field: 'email' })
  })

  it.each([
    ['short1', 'at least 10 characters'],
    ['onlyletterslong', 'one letter and one digit or symbol'],
    ['1234567890', 'one letter and one digit or symbol'],
  ])('refuses the weak password %s', async (password, reason) => {
    const response = await client(t.app).post('/api/auth/signup', signupBody({ password }))
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'weak_password', field: 'password' })
    expect(response.json().message).toContain(reason)
  })

  it('sets a Secure cookie when Vigie is served over HTTPS', async () => {
    const https = await startTestApp({ publicUrl: 'https://vigie.example' })
    try {
      const response = await https.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: signupBody(),
      })
      expect(response.statusCode).toBe(201)
      expect(cookieLine(response.headers)).toContain('Secure')
      expect(response.headers['strict-transport-security']).toContain('max-age=')
    } finally {
      await https.close()
    }
  })
})

describe('log in and out', () => {
  it('logs in with the right password, in any case of e-mail', async () => {
    const body = signupBody()
    await client(t.app).post('/api/auth/signup', body)
    const browser = client(t.app)
    const response = await browser.post('/api/auth/login', {
      email: body.email.toUpperCase(),
      password: body.password,
    })
    expect(response.statusCode).toBe(200)
    expect(response.json().user.email).toBe(body.email)
    expect((await browser.get('/api/auth/me')).statusCode).toBe(200)
  })

  it('answers a wrong password and an unknown e-mail with the same generic message', async () => {
    const body = signupBody()
    await client(t.app).post('/api/auth/signup', body)
    const wrongPassword = await client(t.app).post('/api/auth/login', {
      email: body.email,
      password: 'not the one 1',
    })
    const unknownEmail = await client(t.app).post('/api/auth/login', {
      email: 'nobody@example.fr',
      password: 'not the one 1',
    })
    expect(wrongPassword.statusCode).toBe(401)
    expect(unknownEmail.statusCode).toBe(401)
    expect(wrongPassword.json()).toEqual(unknownEmail.json())
    expect(wrongPassword.json()).toEqual({
      statusCode: 401,
      code: 'invalid_credentials',
      message: 'Wrong e-mail address or password.',
    })
  })

  it('logging out ends the session on the server: the old cookie no longer works', async () => {
    const browser = client(t.app)
    await browser.post('/api/auth/signup', signupBody())
    const oldCookie = browser.cookie
    const out = await browser.post('/api/auth/logout')
    expect(out.statusCode).toBe(204)
    expect(cookieLine(out.headers)).toMatch(/vigie_session=;/)

    const replay = client(t.app)
    replay.cookie = oldCookie
    const me = await replay.get('/api/auth/me')
    expect(me.statusCode).toBe(401)
    expect(me.json().code).toBe('not_authenticated')
  })

  it('ends a session after 12 hours without a request, and keeps an active one alive', async () => {
    const idle = client(t.app)
    const active = client(t.app)
    await idle.post('/api/auth/signup', signupBody())
    await active.post('/api/auth/signup', signupBody())
    for (let hour = 0; hour < 13; hour++) {
      t.clock.advance(SESSION_IDLE_MS / 12)
      expect((await active.get('/api/auth/me')).statusCode).toBe(200)
    }
    expect((await idle.get('/api/auth/me')).statusCode).toBe(401)
  })

  it('a forged or unsigned cookie is not a session', async () => {
    const forged = client(t.app)
    forged.cookie = 'vigie_session=abc.def'
    expect((await forged.get('/api/auth/me')).statusCode).toBe(401)
  })
})

describe('login rate limit', () => {
  it('after 10 failures for one e-mail answers 429 with when to retry, even for the right password, until the window passes', async () => {
    const body = signupBody()
    await client(t.app).post('/api/auth/signup', body)
    for (let i = 0; i < throttles.loginPerEmail.limit; i++) {
      const attempt = await client(t.app).post('/api/auth/login', {
        email: body.email,
        password: `wrong password ${i}`,
      })
      expect(attempt.statusCode).toBe(401)
    }
    const blocked = await client(t.app).post('/api/auth/login', {
      email: body.email,
      password: body.password,
    })
    expect(blocked.statusCode).toBe(429)
    const error = blocked.json()
    expect(error.code).toBe('too_many_attempts')
    expect(error.retryAfterSeconds).toBeGreaterThan(0)
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(throttles.loginPerEmail.windowSeconds)
    expect(blocked.headers['retry-after']).toBe(String(error.retryAfterSeconds))
    expect(error.message).toMatch(/Try again in \d+ minutes?\./)

    t.clock.advance(error.retryAfterSeconds * 1000)
    const later = await client(t.app).post('/api/auth/login', { email: body.email, password: body.password })
    expect(later.statusCode).toBe(200)
  })

  it('is counted in the database, so it holds across server processes', async () => {
    const body = signupBody()
    await client(t.app).post('/api/auth/signup', body)
    const other = await startTestApp({ database: t.database })
    try {
      other.clock.advance(t.clock.now().getTime() - other.clock.now().getTime())
      for (let i = 0; i < throttles.loginPerEmail.limit; i++) {
        const app = i % 2 === 0 ? t.app : other.app
        expect(
          (await client(app).post('/api/auth/login', { email: body.email, password: `nope nope ${i}` }))
            .statusCode,
        ).toBe(401)
      }
      const blocked = await client(other.app).post('/api/auth/login', {
        email: body.email,
        password: body.password,
      })
      expect(blocked.statusCode).toBe(429)
    } finally {
      await other.close()
    }
  })
})

describe('password reset', () => {
  const resetToken = () => new URL(t.mailer.lastLink()).searchParams.get('token') as string

  it('sends a single-use link that sets a new password and ends every session', async () => {
    const body = signupBody()
    const browser = client(t.app)
    await browser.post('/api/auth/signup', body)

    const request = await client(t.app).post('/api/auth/password-reset/request', { email: body.email })
    expect(request.statusCode).toBe(202)
    expect(t.mailer.sent.at(-1)?.to).toBe(body.email)
    expect(t.mailer.lastLink()).toMatch(/^http:\/\/vigie\.test\/reinitialiser-mot-de-passe\?token=/)
    const token = resetToken()

    const confirm = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'a new secret 7',
    })
    expect(confirm.statusCode).toBe(204)
    expect((await browser.get('/api/auth/me')).statusCode).toBe(401)
    expect(
      (await client(t.app).post('/api/auth/login', { email: body.email, password: body.password }))
        .statusCode,
    ).toBe(401)
    expect(
      (await client(t.app).post('/api/auth/login', { email: body.email, password: 'a new secret 7' }))
        .statusCode,
    ).toBe(200)

    const again = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'another one 8',
    })
    expect(again.statusCode).toBe(400)
    expect(again.json().code).toBe('invalid_token')
  })

  it('refuses a link used after an hour', async () => {
    const body = signupBody()
    await client(t.app).post('/api/auth/signup', body)
    await client(t.app).post('/api/auth/password-reset/request', { email: body.email })
    const token = resetToken()
    t.clock.advance(RESET_TOKEN_TTL_MS + 1000)
    const late = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'a new secret 7',
    })
    expect(late.statusCode).toBe(400)
    expect(late.json().code).toBe('invalid_token')
  })

  it('keeps the link usable when the new password is too weak', async () => {
    const body = signupBody()
    await client(t.app).post('/api/auth/signup', body)
    await client(t.app).post('/api/auth/password-reset/request', { email: body.email })
    const token = resetToken()
    const weak = await client(t.app).post('/api/auth/password-reset/confirm', { token, password: 'weak' })
    expect(weak.json().code).toBe('weak_password')
    const strong = await client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'strong enough 9',
    })
    expect(strong.statusCode).toBe(204)
  })

  it('answers the same for an unknown e-mail, and sends nothing', async () => {
    const before = t.mailer.sent.length
    const response = await client(t.app).post('/api/auth/password-reset/request', {
      email: 'ghost@example.fr',
    })
    expect(response.statusCode).toBe(202)
    expect(t.mailer.sent.length).toBe(before)
  })
})

describe('account', () => {
  it('changes the language preference and records an event for the other tabs', async () => {
    const browser = client(t.app)
    const { user } = (await browser.post('/api/auth/signup', signupBody())).json()
    const response = await browser.patch('/api/account', { locale: 'en' })
    expect(response.statusCode).toBe(200)
    expect(response.json().user.locale).toBe('en')
    const events = await t.database.db
      .selectFrom('events')
      .selectAll()
      .where('topic', '=', `user:${user.id}`)
      .execute()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ seq: 1, type: 'account.updated', data: { user: { locale: 'en' } } })
  })

  it('refuses an empty change and an unknown locale', async () => {
    const browser = client(t.app)
    await browser.post('/api/auth/signup', signupBody())
    expect((await browser.patch('/api/account', {})).statusCode).toBe(400)
    const bad = await browser.patch('/api/account', { locale: 'de' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().field).toBe('locale')
  })
})

describe('cross-site requests', () => {
  it('refuses a write whose Origin is another site, even with a valid session', async () => {
    const browser = client(t.app)
    await browser.post('/api/auth/signup', signupBody())
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie: browser.cookie as string, origin: 'https://evil.example' },
      payload: { locale: 'en' },
    })
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('cross_site_request')
  })

  it('refuses a write marked cross-site by the browser', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'sec-fetch-site': 'cross-site' },
    })
    expect(response.statusCode).toBe(403)
  })

  it('accepts a same-origin write addressed by host', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' },
      payload: { email: 'x@example.fr', password: 'whatever 1' },
    })
    expect(response.statusCode).toBe(401)
  })
})
