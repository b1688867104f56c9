import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('candidate_id', 'uuid', (c) =>
      c.notNull().unique().references('candidates.id').onDelete('cascade'),
    )
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('bank', 'uuid', (c) => c.notNull().references('item_banks.id'))
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('started', 'completed', 'ended_by_invigilator', 'ended_by_finalisation', 'ended_duration_exceeded')`,
        ),
    )
    .addColumn('attempt_token_hash', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('ended_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('result', 'jsonb')
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('tests_session').on('tests').column('session_id').execute()

  // Every answer as sent, once per question: the durable record, and what makes a retry harmless.
  await db.schema
    .createTable('answers')
    .addColumn('test_id', 'uuid', (c) => c.notNull().references('tests.id').onDelete('cascade'))
    .addColumn('question_number', 'integer', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'jsonb', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('correct', 'wrong', 'skipped')`))
    .addColumn('answered_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['test_id', 'question_number'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('answers').execute()
  await db.schema.dropTable('tests').execute()
}
