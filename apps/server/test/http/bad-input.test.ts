import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_URL, startTestApp, type TestApp } from '../support/app'
import { client, signupBody } from '../support/http'

let t: TestApp
let cookie: string
beforeAll(async () => {
  t = await startTestApp()
  const browser = client(t.app)
  await browser.post('/api/auth/signup', signupBody())
  cookie = browser.cookie as string
})
afterAll(() => t.close())

const ONE_MB = 1024 * 1024
const bodies: Array<[string, string, string]> = [
  ['malformed JSON', '{"email": "a@b.fr",', 'application/json'],
  ['empty JSON body', '', 'application/json'],
  ['oversized body', `{"x":"${'a'.repeat(ONE_MB + 10)}"}`, 'application/json'],
  ['a JSON array', '[1,2,3]', 'application/json'],
  ['a JSON string', '"hello"', 'application/json'],
  ['a JSON number', '42', 'application/json'],
  ['null', 'null', 'application/json'],
  [
    'wrong types',
    '{"email":42,"password":[],"firstName":{},"lastName":null,"locale":true,"token":1}',
    'application/json',
  ],
  [
    'unknown fields',
    '{"isAdmin":true,"__proto__":{"polluted":1},"constructor":{"prototype":{}}}',
    'application/json',
  ],
  [
    'very long strings',
    `{"email":"${'a'.repeat(5000)}@b.fr","password":"${'p'.repeat(5000)}"}`,
    'application/json',
  ],
  ['a form post', 'email=a%40b.fr&password=x', 'application/x-www-form-urlencoded'],
  ['plain text', 'hello', 'text/plain'],
]

const concrete = (url: string) => url.replace(/:[a-zA-Z]+/g, 'x%00y')

describe('every route, given bad input', () => {
  it('covers the routes registered', () => {
    expect(t.routes.length).toBeGreaterThanOrEqual(9)
  })

  it('answers 4xx with a message, never 5xx', async () => {
    for (const route of t.routes) {
      for (const signedIn of [false, true]) {
        for (const [name, payload, type] of bodies) {
          const response = await t.app.inject({
            method: route.method as 'GET',
            url: concrete(route.url),
            headers: { 'content-type': type, origin: PUBLIC_URL, ...(signedIn && { cookie }) },
            payload,
          })
          const where = `${route.method} ${route.url} with ${name}${signedIn ? ' (signed in)' : ''}`
          expect(response.statusCode, where).toBeLessThan(500)
          if (response.statusCode >= 400) {
            const body = response.json()
            expect(body.message, where).toEqual(expect.any(String))
            expect(body.code, where).toEqual(expect.any(String))
          }
        }
      }
    }
  })

  it('names the problem: oversized, malformed, unknown field, wrong type', async () => {
    const post = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      })
    expect((await post(`{"x":"${'a'.repeat(ONE_MB)}"}`)).json()).toMatchObject({
      statusCode: 413,
      code: 'payload_too_large',
    })
    expect((await post('{"email":')).json()).toMatchObject({ statusCode: 400, code: 'invalid_json' })
    expect((await post('{"email":"a@b.fr","password":"x","admin":1}')).json()).toMatchObject({
      statusCode: 400,
      code: 'validation_failed',
      field: 'admin',
      message: '"admin" is not a known field.',
    })
    expect((await post('{"email":"a@b.fr","password":12}')).json()).toMatchObject({
      statusCode: 400,
      field: 'password',
      message: '"password" must be of type string.',
    })
    expect((await post('{"email":"a@b.fr"}')).json()).toMatchObject({
      field: 'password',
      message: '"password" is required.',
    })
  })

  it('never coerces a body value to another type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: { ...signupBody(), firstName: 12345 },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().field).toBe('firstName')
  })

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' })
    expect(response.statusCode).toBe(404)
    expect(response.json().code).toBe('not_found')
  })
})
