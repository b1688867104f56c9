import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Logger } from 'pino'
import { lockDataDir } from './data-dir-lock'
import { PGliteDialect } from './pglite-dialect'
import { preparingPool } from './prepared-statements'
import type { DB } from './schema'

export type Backend = 'pglite' | 'postgres'

export interface Notifications {
  /**
   * Calls `onPayload` for each NOTIFY on `channel`, from any process. `onGap` runs after the
   * listening connection was lost and re-established: notifications in between are lost,
   * so listeners re-read what they follow.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onGap: () => void,
  ): Promise<() => Promise<void>>
}

export interface Database extends Notifications {
  db: Kysely<DB>
  backend: Backend
  close(): Promise<void>
}

const INT8 = 20
const DATE = 1082
// bigint columns hold counters and sequence numbers far below 2^53: read them as numbers.
pg.types.setTypeParser(INT8, (value) => Number(value))
// A calendar date has no time zone: keep it as its YYYY-MM-DD text rather than a Date at local midnight.
pg.types.setTypeParser(DATE, (value) => value)
const pgliteParsers = { [INT8]: (value: string) => Number(value), [DATE]: (value: string) => value }

export interface DatabaseOptions {
  databaseUrl: string | undefined
  dataDir: string
  logger: Logger
  /** PostgreSQL pool size per process. */
  poolSize?: number
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.logger, options.poolSize ?? 10)
    : openPGlite(join(options.dataDir, 'pglite'), options.dataDir)
}

export interface PGliteDatabase extends Database {
  /** The whole database as a tar archive, to start another PGlite from (tests use it as a template). */
  dump(): Promise<Blob>
}

/** PGlite on a folder, or in memory with `pgliteDir` undefined (tests). */
export async function openPGlite(
  pgliteDir: string | undefined,
  lockDir: string | undefined,
  loadDataDir?: Blob,
): Promise<PGliteDatabase> {
  const unlock = lockDir ? lockDataDir(lockDir) : () => {}
  try {
    const pglite = await PGlite.create({ dataDir: pgliteDir, parsers: pgliteParsers, loadDataDir })
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) })
    return {
      db,
      backend: 'pglite',
      async listen(channel, onPayload) {
        const unlisten = await pglite.listen(channel, onPayload)
        return () => unlisten()
      },
      dump: () => pglite.dumpDataDir('none'),
      async close() {
        await db.destroy()
        await pglite.close()
        unlock()
      },
    }
  } catch (error) {
    unlock()
    throw error
  }
}

export function openPostgres(databaseUrl: string, logger: Logger, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, idleTimeoutMillis: 0 })
  pool.on('error', (error) => logger.error({ err: error }, 'idle PostgreSQL connection failed'))
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) })
  const listeners = new Set<() => Promise<void>>()
  return {
    db,
    backend: 'postgres',
    async listen(channel, onPayload, onGap) {
      const listener = new PostgresListener(databaseUrl, channel, onPayload, onGap, logger)
      await listener.start()
      const stop = () => {
        listeners.delete(stop)
        return listener.stop()
      }
      listeners.add(stop)
      return stop
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()))
      await db.destroy()
    },
  }
}

/** A dedicated connection that LISTENs, and reconnects (with back-off) when it is lost. */
class PostgresListener {
  #client: pg.Client | undefined
  #stopped = false
  #retryTimer: NodeJS.Timeout | undefined

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly onGap: () => void,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl })
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined) this.onPayload(message.payload)
    })
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'event listener connection lost; reconnecting')
      this.#lost(client)
    })
    client.on('end', () => this.#lost(client))
    try {
      await client.connect()
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`)
    } catch (error) {
      client.removeAllListeners()
      await client.end().catch(() => {})
      throw error
    }
    this.#client = client
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return
    this.#client = undefined
    client.removeAllListeners()
    client.end().catch(() => {})
    this.#reconnectAfter(100)
  }

  #reconnectAfter(delayMs: number): void {
    if (this.#stopped) return
    this.#retryTimer = setTimeout(async () => {
      try {
        await this.start()
        this.onGap()
      } catch (error) {
        this.logger.warn({ err: error }, 'event listener could not reconnect; retrying')
        this.#reconnectAfter(Math.min(delayMs * 2, 5000))
      }
    }, delayMs)
  }

  async stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#retryTimer)
    const client = this.#client
    this.#client = undefined
    if (client) {
      client.removeAllListeners()
      await client.end().catch(() => {})
    }
  }
}
