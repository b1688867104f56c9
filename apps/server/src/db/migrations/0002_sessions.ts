import { type Kysely, sql } from 'kysely'

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('centre_id', 'uuid', (c) => c.notNull().references('centres.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('invigilator_names', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('invigilator_password', 'text', (c) => c.notNull())
    .addColumn('extension_required', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('finalised_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('sessions_centre').on('sessions').columns(['centre_id', 'starts_at']).execute()
  // Candidates type the access code: it must designate one open session.
  await db.schema
    .createIndex('sessions_open_access_code')
    .on('sessions')
    .column('access_code')
    .unique()
    .where(sql.ref('finalised_at'), 'is', null)
    .execute()

  await db.schema
    .createTable('candidates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('F', 'M')`))
    .addColumn('birthdate', 'date', (c) => c.notNull())
    .addColumn('birth_country', 'text', (c) => c.notNull())
    .addColumn('birth_city', 'text', (c) => c.notNull())
    .addColumn('birth_postal_code', 'text')
    .addColumn('birth_insee_code', 'text')
    .addColumn('external_id', 'text')
    .addColumn('extra_time_percentage', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`extra_time_percentage between 0 and 300`),
    )
    .addColumn('accessibility_adjustment', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('complementary_certification', 'text')
    .addColumn('convocation_email', 'text')
    .addColumn('results_email', 'text')
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('joined_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('candidates_session').on('candidates').column('session_id').execute()
  await db.schema.createIndex('candidates_user').on('candidates').column('user_id').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('candidates').execute()
  await db.schema.dropTable('sessions').execute()
}
