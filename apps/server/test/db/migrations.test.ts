import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/db/database'
import { migrateToLatest } from '../../src/db/migrate'
import { migrations } from '../../src/db/migrations'
import { createTestDatabase } from '../support/database'

describe('migrations', () => {
  let database: Database
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  it('run on the backend under test', () => {
    expect(database.backend).toBe(process.env.VIGIE_TEST_BACKEND)
  })

  it('are all applied to a test database', async () => {
    const rows = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(
      database.db,
    )
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(migrations))
  })

  it('change nothing when run again', async () => {
    const tables = () =>
      sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' order by table_name, column_name`.execute(database.db)
    const before = (await tables()).rows
    const result = await migrateToLatest(database.db)
    expect(result.results).toEqual([])
    expect((await tables()).rows).toEqual(before)
  })

  it('can be rolled back and applied again', async () => {
    const { Migrator } = await import('kysely')
    const migrator = new Migrator({
      db: database.db,
      provider: { getMigrations: async () => migrations },
      migrationTableName: 'schema_migrations',
      migrationLockTableName: 'schema_migrations_lock',
    })
    const down = await migrator.migrateTo(Object.keys(migrations)[0] as string)
    expect(down.error).toBeUndefined()
    const up = await migrateToLatest(database.db)
    expect(up.error).toBeUndefined()
  })
})
