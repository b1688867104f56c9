import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  // Each imported bank version is kept whole: a started test keeps the version it began with.
  await db.schema
    .createTable('item_banks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('bank_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('manifest', 'jsonb', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    // Computed once at import (seconds of CPU): building an engine then costs nothing.
    .addColumn('exposure_control', 'jsonb', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('item_banks_version', ['bank_id', 'version'])
    .execute()
  // Media live in the database too, so that every server process serves the same files.
  await db.schema
    .createTable('item_bank_media')
    .addColumn('bank', 'uuid', (c) => c.notNull().references('item_banks.id').onDelete('cascade'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_bank_media_pk', ['bank', 'path'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('item_bank_media').execute()
  await db.schema.dropTable('item_banks').execute()
}
