import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('session_invigilators')
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('first_entered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_entered_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_invigilators_pk', ['session_id', 'user_id'])
    .execute()

  // The journal: every invigilator action, who, when, on whom, with what outcome.
  await db.schema
    .createTable('invigilation_journal')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('candidate_id', 'uuid', (c) => c.references('candidates.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('invigilation_journal_session')
    .on('invigilation_journal')
    .columns(['session_id', 'id'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('invigilation_journal').execute()
  await db.schema.dropTable('session_invigilators').execute()
}
