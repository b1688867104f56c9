import { userTopic } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../support/database'
import { signupBody } from '../support/http'
import { startVigieProcess } from '../support/process'
import { openStream } from '../support/sse'

const SECRET = 'a-secret-shared-by-both-processes-0123456789'

let database: Awaited<ReturnType<typeof createTestDatabase>>
let a: Awaited<ReturnType<typeof startVigieProcess>>
let b: Awaited<ReturnType<typeof startVigieProcess>>

beforeAll(async () => {
  database = await createTestDatabase()
  if (!database.url) throw new Error('these tests need the PostgreSQL backend')
  const env = { DATABASE_URL: database.url as string, SECRET }
  ;[a, b] = await Promise.all([startVigieProcess(env), startVigieProcess(env)])
}, 60_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await database.close()
})

async function signUpOn(url: string) {
  const response = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(signupBody()),
  })
  expect(response.status).toBe(201)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string
  const { user } = (await response.json()) as { user: { id: string } }
  return { cookie, user }
}

const rename = (url: string, cookie: string, firstName: string) =>
  fetch(`${url}/api/account`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', origin: url, cookie },
    body: JSON.stringify({ firstName }),
  })

describe('two server processes on one PostgreSQL', () => {
  it('an event committed through process A reaches an SSE client of process B within 1 s', async () => {
    const { cookie, user } = await signUpOn(a.url)
    const stream = await openStream(`${b.url}/api/events/${userTopic(user.id)}`, { cookie })
    expect(stream.status).toBe(200)
    const sentAt = Date.now()
    expect((await rename(a.url, cookie, 'Depuis A')).status).toBe(200)
    await stream.waitFor(1, 1000)
    expect(stream.events[0]?.receivedAt).toBeLessThan(sentAt + 1000)
    expect(stream.events[0]).toMatchObject({
      seq: 1,
      type: 'account.updated',
      data: { user: { firstName: 'Depuis A' } },
    })
    await stream.close()
  })

  it('a client reconnecting to the other process with Last-Event-ID receives exactly what it missed, in order, once', async () => {
    const { cookie, user } = await signUpOn(a.url)
    const topic = userTopic(user.id)
    const onB = await openStream(`${b.url}/api/events/${topic}`, { cookie })
    await rename(a.url, cookie, 'Un')
    await onB.waitFor(1)
    await onB.close()
    for (const name of ['Deux', 'Trois', 'Quatre']) await rename(b.url, cookie, name)

    const onA = await openStream(`${a.url}/api/events/${topic}`, { cookie, lastEventId: onB.events[0]?.seq })
    await onA.waitFor(3)
    await rename(b.url, cookie, 'Cinq')
    await onA.waitFor(4)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(onA.events.map((e) => e.seq)).toEqual([2, 3, 4, 5])
    expect(onA.events.map((e) => (e.data as { user: { firstName: string } }).user.firstName)).toEqual([
      'Deux',
      'Trois',
      'Quatre',
      'Cinq',
    ])
    await onA.close()
  })

  it('stops gracefully on SIGTERM, closing its event streams', async () => {
    const c = await startVigieProcess({ DATABASE_URL: database.url as string, SECRET })
    const { cookie, user } = await signUpOn(c.url)
    const stream = await openStream(`${c.url}/api/events/${userTopic(user.id)}`, { cookie })
    expect(await c.stop()).toBe(0)
    await stream.close()
  })
})
