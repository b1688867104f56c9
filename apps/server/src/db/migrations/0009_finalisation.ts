import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('finalisation_comment', 'text', (c) => c.check(sql`char_length(finalisation_comment) <= 500`))
    .addColumn('finalised_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('results_published_at', 'timestamptz')
    .addColumn('results_published_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute()

  // Why a test that did not complete stopped, as the centre says at finalisation.
  await db.schema
    .alterTable('tests')
    .addColumn('abort_reason', 'text', (c) => c.check(sql`abort_reason in ('candidate', 'technical')`))
    .execute()

  // The centre's reports on a candidate, given at finalisation: E-codes are about one question.
  await db.schema
    .createTable('finalisation_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`code in ('C1', 'C2', 'C4', 'C6', 'C7', 'C8', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11', 'E12')`,
        ),
    )
    .addColumn('question_number', 'integer')
    .addColumn('comment', 'text', (c) => c.check(sql`char_length(comment) <= 200`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint(
      'finalisation_reports_question_for_e_codes',
      sql`(code like 'E%') = (question_number is not null)`,
    )
    .execute()
  await db.schema
    .createIndex('finalisation_reports_session')
    .on('finalisation_reports')
    .columns(['session_id', 'position'])
    .execute()

  // One result per candidate who started, computed once at finalisation.
  await db.schema
    .createTable('results')
    .addColumn('candidate_id', 'uuid', (c) => c.primaryKey().references('candidates.id').onDelete('cascade'))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('test_id', 'uuid', (c) => c.notNull().references('tests.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('validated', 'rejected', 'cancelled')`),
    )
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.check(sql`score between 0 and 895`))
    .addColumn('level', 'integer', (c) => c.check(sql`level between 0 and 7`))
    .addColumn('competence_levels', 'jsonb', (c) => c.notNull())
    // Only a validated result has a certificate, hence a code to verify it with.
    .addColumn('verification_code', 'text', (c) => c.unique())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'results_code_when_validated',
      sql`(status = 'validated') = (verification_code is not null)`,
    )
    // A rejected result may keep its score (level 0): the centre sees why; the candidate gets no certificate.
    .addCheckConstraint('results_score_when_validated', sql`status <> 'validated' or score is not null`)
    .addCheckConstraint('results_level_with_score', sql`(score is null) = (level is null)`)
    .execute()
  await db.schema.createIndex('results_session').on('results').column('session_id').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('results').execute()
  await db.schema.dropTable('finalisation_reports').execute()
  await db.schema.alterTable('tests').dropColumn('abort_reason').execute()
  await db.schema
    .alterTable('sessions')
    .dropColumn('finalisation_comment')
    .dropColumn('finalised_by')
    .dropColumn('results_published_at')
    .dropColumn('results_published_by')
    .execute()
}
