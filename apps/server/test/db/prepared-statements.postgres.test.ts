import { randomUUID } from 'node:crypto'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_PREPARED_PARAMETERS, preparingPool } from '../../src/db/prepared-statements'
import type { DB } from '../../src/db/schema'
import { createTestDatabase } from '../support/database'

let database: Awaited<ReturnType<typeof createTestDatabase>>
let pool: pg.Pool
let db: Kysely<DB>
beforeAll(async () => {
  database = await createTestDatabase()
  if (!database.url) throw new Error('these tests need the PostgreSQL backend')
  // One connection, so that pg_prepared_statements (per connection) shows what the pool prepared.
  pool = new pg.Pool({ connectionString: database.url, max: 1 })
  db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool, 3) }) })
})
afterAll(async () => {
  await db?.destroy()
  await database?.close()
})

const prepared = async () =>
  (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map(
    (row) => row.statement,
  )

const userByEmail = (email: string) =>
  db.selectFrom('users').select('email').where('email', '=', email).executeTakeFirst()

describe('statements prepared once per connection', () => {
  it('prepares a statement with parameters the first time, then reuses it with other values', async () => {
    expect(await userByEmail('a@example.org')).toBeUndefined()
    expect(await userByEmail('b@example.org')).toBeUndefined()
    const statements = (await prepared()).filter((text) => text.includes('"email" = $1'))
    expect(statements).toHaveLength(1)
  })

  it('gives the right rows: each execution binds its own values', async () => {
    const ids = [randomUUID(), randomUUID()]
    const rows = await sql<{ id: string }>`select unnest(${ids}::uuid[]) as id`.execute(db)
    expect(rows.rows.map((row) => row.id)).toEqual(ids)
    const again = await sql<{ n: number }>`select ${41}::int + 1 as n`.execute(db)
    expect(again.rows).toEqual([{ n: 42 }])
  })

  it('sends statements with many parameters, or past the limit of texts, unnamed', async () => {
    const many = Array.from({ length: MAX_PREPARED_PARAMETERS + 1 }, (_, i) => `${i}@example.org`)
    expect(await db.selectFrom('users').select('id').where('email', 'in', many).execute()).toEqual([])
    expect((await prepared()).some((text) => text.includes(`$${MAX_PREPARED_PARAMETERS + 1}`))).toBe(false)
    // The pool names 3 texts at most: 3 were named above; a new one now runs unnamed, and correctly.
    const beyond = await sql<{ n: number }>`select ${2}::int * 21 as n`.execute(db)
    expect(beyond.rows).toEqual([{ n: 42 }])
    expect(await prepared()).toHaveLength(3)
  })
})
