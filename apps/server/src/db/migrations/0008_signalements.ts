import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  // A candidate's report of a problem with a question, and the invigilator's decision on it.
  await db.schema
    .createTable('signalements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('test_id', 'uuid', (c) => c.notNull().references('tests.id').onDelete('cascade'))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('question_number', 'integer', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('validated', 'refused')`))
    .addColumn('category', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint(
      'signalements_category_when_validated',
      sql`(decision = 'validated') = (category is not null)`,
    )
    .execute()
  // One open report per test (only the current question can be reported): a double click gives one.
  await db.schema
    .createIndex('signalements_open')
    .on('signalements')
    .column('test_id')
    .unique()
    .where(sql.ref('decision'), 'is', null)
    .execute()
  await db.schema.createIndex('signalements_session').on('signalements').column('session_id').execute()

  // The candidate page lost the companion extension: the test is blocked until an invigilator confirms it is back.
  await db.schema
    .createTable('companion_alerts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('test_id', 'uuid', (c) => c.notNull().references('tests.id').onDelete('cascade'))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('question_number', 'integer', (c) => c.notNull())
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('cleared_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('cleared_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('companion_alerts_open')
    .on('companion_alerts')
    .column('test_id')
    .unique()
    .where(sql.ref('cleared_at'), 'is', null)
    .execute()
  await db.schema
    .createIndex('companion_alerts_session')
    .on('companion_alerts')
    .column('session_id')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('companion_alerts').execute()
  await db.schema.dropTable('signalements').execute()
}
