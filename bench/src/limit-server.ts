/**
 * The machine's own limit: a bare HTTP route that makes one durable INSERT on the database Vigie
 * used, through the same stack (Node, Fastify, the product's database layer and pool size), and
 * nothing else: no session, no lock, no event. `/limit-notify` adds the NOTIFY that Vigie's events make. It lives in the bench, not in the product, so the
 * product carries no route that exists only to be measured (bench/RESULTS.md says why).
 *
 * Run as its own process: `node --import tsx bench/src/limit-server.ts`, with PORT, HOST and
 * DATA_DIR (PGlite) or DATABASE_URL (PostgreSQL), as `vigie start` takes them.
 */
import Fastify from 'fastify'
import { sql } from 'kysely'
import pino from 'pino'
import { openDatabase } from '../../apps/server/src/db/database'

const env = process.env
const dataDir = env.DATA_DIR ?? './data'
const database = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined,
  dataDir,
  logger: pino({ level: 'warn' }),
})
// Not a product table: it is created here, in the bench's own database, and dropped with it.
await sql`create table if not exists bench_limit (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  payload jsonb not null
)`.execute(database.db)

const app = Fastify({ bodyLimit: 1024 * 1024 })
app.get('/api/health', async () => ({ status: 'ok', database: database.backend }))
app.post('/limit', async (request) => {
  const { rows } = await sql<{ id: number }>`
    insert into bench_limit (payload) values (${JSON.stringify(request.body)}::jsonb) returning id`.execute(
    database.db,
  )
  return { id: rows[0]?.id }
})
// The same INSERT with a NOTIFY in its transaction, as Vigie's events are written (events/publish.ts):
// the difference between the two routes is what NOTIFY costs a commit on this database.
app.post('/limit-notify', async (request) =>
  database.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: number }>`
      insert into bench_limit (payload) values (${JSON.stringify(request.body)}::jsonb) returning id`.execute(
      trx,
    )
    await sql`select pg_notify('bench_limit', ${String(rows[0]?.id)})`.execute(trx)
    return { id: rows[0]?.id }
  }),
)

const stop = async () => {
  await app.close()
  await database.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
await app.listen({ port: Number(env.PORT ?? 3001), host: env.HOST ?? '127.0.0.1' })
