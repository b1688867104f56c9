import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  // An invigilator's leave to start (presence confirmed) or to resume: valid 15 minutes, used once.
  await db.schema
    .createTable('start_authorisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('candidate_id', 'uuid', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('presence', 'resume')`))
    .addColumn('granted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('consumed_at', 'timestamptz')
    .execute()
  // At most one open authorisation per candidate: two invigilators confirming at once resolve to one.
  await db.schema
    .createIndex('start_authorisations_open')
    .on('start_authorisations')
    .column('candidate_id')
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .where(sql.ref('consumed_at'), 'is', null)
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('start_authorisations').execute()
}
