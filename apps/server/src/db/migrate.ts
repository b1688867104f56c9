import { type Kysely, type MigrationResultSet, Migrator } from 'kysely'
import { migrations } from './migrations'
import type { DB } from './schema'

/** Applies the migrations not yet applied; running it again changes nothing. */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  })
  const result = await migrator.migrateToLatest()
  if (result.error) throw result.error
  return result
}
