import { randomUUID } from 'node:crypto'
import { userTopic } from '@vigie/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendEvent } from '../../src/events/publish'
import { transactionWithEvents } from '../../src/events/transaction'
import { startTestApp, type TestApp } from '../support/app'
import { client, signupBody } from '../support/http'
import { openStream } from '../support/sse'

let t: TestApp
let base: string
beforeAll(async () => {
  t = await startTestApp()
  base = await t.app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => t.close())

async function signedUp() {
  const browser = client(t.app)
  const { user } = (await browser.post('/api/auth/signup', signupBody())).json()
  return { browser, user: user as { id: string } }
}

describe('live events', () => {
  it('delivers a committed change to the stream of its topic, in order, with ids', async () => {
    const { browser, user } = await signedUp()
    const stream = await openStream(`${base}/api/events/${userTopic(user.id)}`, { cookie: browser.cookie })
    expect(stream.status).toBe(200)
    await browser.patch('/api/account', { locale: 'en' })
    await browser.patch('/api/account', { firstName: 'Céline' })
    await stream.waitFor(2)
    expect(stream.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'account.updated'],
      [2, 'account.updated'],
    ])
    expect(stream.events[1]?.data).toMatchObject({ user: { firstName: 'Céline', locale: 'en' } })
    await stream.close()
  })

  it('never delivers an event whose transaction rolled back', async () => {
    const { browser, user } = await signedUp()
    const stream = await openStream(`${base}/api/events/${userTopic(user.id)}`, { cookie: browser.cookie })
    await t.database.db
      .transaction()
      .execute(async (trx) => {
        await appendEvent(trx, userTopic(user.id), 'account.updated', { rolledBack: true })
        throw new Error('abort')
      })
      .catch(() => {})
    await browser.patch('/api/account', { lastName: 'Durand' })
    await stream.waitFor(1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(stream.events).toHaveLength(1)
    expect(stream.events[0]).toMatchObject({ seq: 1, data: { user: { lastName: 'Durand' } } })
    await stream.close()
  })

  it('numbers concurrent events without gaps and delivers each once, in order', async () => {
    const { browser, user } = await signedUp()
    const stream = await openStream(`${base}/api/events/${userTopic(user.id)}`, { cookie: browser.cookie })
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => browser.patch('/api/account', { firstName: `Prénom ${i}` })),
    )
    await stream.waitFor(30)
    expect(stream.events.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    await stream.close()
  })

  it('replays exactly what a client missed when it comes back with Last-Event-ID', async () => {
    const { browser, user } = await signedUp()
    const url = `${base}/api/events/${userTopic(user.id)}`
    const first = await openStream(url, { cookie: browser.cookie })
    await browser.patch('/api/account', { firstName: 'Un' })
    await first.waitFor(1)
    await first.close()
    for (const name of ['Deux', 'Trois', 'Quatre']) await browser.patch('/api/account', { firstName: name })

    const again = await openStream(url, { cookie: browser.cookie, lastEventId: first.events[0]?.seq })
    await again.waitFor(3)
    await browser.patch('/api/account', { firstName: 'Cinq' })
    await again.waitFor(4)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(
      again.events.map((e) => [e.seq, (e.data as { user: { firstName: string } }).user.firstName]),
    ).toEqual([
      [2, 'Deux'],
      [3, 'Trois'],
      [4, 'Quatre'],
      [5, 'Cinq'],
    ])
    await again.close()
  })

  it('a stream opened without Last-Event-ID starts from now', async () => {
    const { browser, user } = await signedUp()
    await browser.patch('/api/account', { firstName: 'Avant' })
    const stream = await openStream(`${base}/api/events/${userTopic(user.id)}`, { cookie: browser.cookie })
    await browser.patch('/api/account', { firstName: 'Après' })
    await stream.waitFor(1)
    expect(stream.events.map((e) => e.seq)).toEqual([2])
    await stream.close()
  })

  it("answers 404 for another user's topic, for a signed-out visitor and for an unknown kind of topic", async () => {
    const { user } = await signedUp()
    const { browser: other } = await signedUp()
    const topic = userTopic(user.id)
    expect((await other.get(`/api/events/${topic}`)).statusCode).toBe(404)
    expect((await client(t.app).get(`/api/events/${topic}`)).statusCode).toBe(404)
    expect((await other.get('/api/events/nothing:1')).statusCode).toBe(404)
  })

  it('refuses a Last-Event-ID that is not an event id', async () => {
    const { browser, user } = await signedUp()
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/events/${userTopic(user.id)}`,
      headers: { cookie: browser.cookie as string, 'last-event-id': 'yesterday' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().field).toBe('last-event-id')
  })
})

describe('resuming a stream from the address', () => {
  it('accepts ?lastEventId= when the client cannot send the header, and the header wins over it', async () => {
    const { browser, user } = await signedUp()
    for (const name of ['Un', 'Deux', 'Trois']) await browser.patch('/api/account', { firstName: name })
    const url = `${base}/api/events/${userTopic(user.id)}`
    const fromQuery = await openStream(`${url}?lastEventId=1`, { cookie: browser.cookie })
    await fromQuery.waitFor(2)
    expect(fromQuery.events.map((e) => e.seq)).toEqual([2, 3])
    await fromQuery.close()
    const both = await openStream(`${url}?lastEventId=0`, { cookie: browser.cookie, lastEventId: 2 })
    await both.waitFor(1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(both.events.map((e) => e.seq)).toEqual([3])
    await both.close()
  })
})

describe('events announced after their commit (transactionWithEvents)', () => {
  const record = (topic: string, type: string, data: unknown) =>
    transactionWithEvents(t.database.db, (_trx, recordEvent) => recordEvent(topic, type, data))

  it('delivers them once committed, never one whose transaction rolled back', async () => {
    const { browser, user } = await signedUp()
    const topic = userTopic(user.id)
    const stream = await openStream(`${base}/api/events/${topic}`, { cookie: browser.cookie })
    await transactionWithEvents(t.database.db, async (_trx, recordEvent) => {
      await recordEvent(topic, 'account.updated', { rolledBack: true })
      throw new Error('abort')
    }).catch(() => {})
    expect(await record(topic, 'account.updated', { kept: true })).toBe(1)
    await stream.waitFor(1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(stream.events).toMatchObject([{ seq: 1, type: 'account.updated', data: { kept: true } }])
    await stream.close()
  })

  it('numbers them with those notified in their transaction, without gaps, delivered once each, in order', async () => {
    const { browser, user } = await signedUp()
    const topic = userTopic(user.id)
    const stream = await openStream(`${base}/api/events/${topic}`, { cookie: browser.cookie })
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? browser.patch('/api/account', { firstName: `Prénom ${i}` })
          : record(topic, 'account.updated', { i }),
      ),
    )
    await stream.waitFor(30)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(stream.events.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    await stream.close()
  })

  it('records a write and its events in one statement: several per topic, numbered in order, with the write', async () => {
    const { browser, user } = await signedUp()
    const topic = userTopic(user.id)
    const stream = await openStream(`${base}/api/events/${topic}`, { cookie: browser.cookie })
    const other = `session:${randomUUID()}`
    const batch = (i: number) =>
      transactionWithEvents(t.database.db, (trx, _record, writeWithEvents) =>
        writeWithEvents(
          [
            trx
              .updateTable('users')
              .set({ first_name: `Prénom ${i}` })
              .where('id', '=', user.id),
          ],
          [
            { topic, type: 'account.updated', data: { i, part: 'a' } },
            { topic: other, type: 'other', data: { i } },
            { topic, type: 'account.updated', data: { i, part: 'b' } },
          ],
        ),
      )
    const seqs = await Promise.all(Array.from({ length: 10 }, (_, i) => batch(i)))
    for (const [a, o, b] of seqs) expect([b, o]).toEqual([(a as number) + 1, ((a as number) + 1) / 2])
    await transactionWithEvents(t.database.db, async (_trx, _record, writeWithEvents) => {
      await writeWithEvents([], [{ topic, type: 'account.updated', data: { rolledBack: true } }])
      throw new Error('abort')
    }).catch(() => {})
    await batch(10)
    await stream.waitFor(22)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(stream.events.map((e) => e.seq)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1))
    // Each transaction's two events are consecutive, in the order given.
    const parts = stream.events.map((e) => e.data as { i: number; part: string })
    for (let k = 0; k < 22; k += 2) {
      expect([parts[k]?.part, parts[k + 1]?.part, parts[k]?.i]).toEqual(['a', 'b', parts[k + 1]?.i])
    }
    const last = parts[21]?.i
    const row = await t.database.db
      .selectFrom('users')
      .select('first_name')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow()
    expect([last, row.first_name]).toEqual([10, 'Prénom 10'])
    const others = await t.database.db.selectFrom('events').select('seq').where('topic', '=', other).execute()
    expect(others.map((e) => Number(e.seq)).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    )
    await stream.close()
  })

  it('replays them to a client that comes back with Last-Event-ID, and to one that was behind', async () => {
    const { browser, user } = await signedUp()
    const topic = userTopic(user.id)
    const url = `${base}/api/events/${topic}`
    for (const i of [1, 2, 3]) await record(topic, 'account.updated', { i })
    const late = await openStream(url, { cookie: browser.cookie, lastEventId: 1 })
    const live = await openStream(url, { cookie: browser.cookie })
    await record(topic, 'account.updated', { i: 4 })
    await late.waitFor(3)
    await live.waitFor(1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(late.events.map((e) => [e.seq, (e.data as { i: number }).i])).toEqual([
      [2, 2],
      [3, 3],
      [4, 4],
    ])
    expect(live.events.map((e) => e.seq)).toEqual([4])
    await Promise.all([late.close(), live.close()])
  })
})
