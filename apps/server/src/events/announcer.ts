import { type Kysely, sql } from 'kysely'
import type { Logger } from 'pino'
import type { Database } from '../db/database'
import type { DB } from '../db/schema'
import { EVENTS_CHANNEL, type RecordedEvent } from './publish'

/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900

type LocalDelivery = (event: RecordedEvent) => void

/**
 * Tells who follows a topic that events were committed. This process's event buses get the events
 * themselves at once; the other processes (PostgreSQL only: PGlite allows one process per data
 * folder) get one NOTIFY listing `topic:seq` of every topic that moved, sent after the commits and
 * coalesced: while one is on its way, the next one gathers everything committed meanwhile.
 *
 * The NOTIFY is its own small transaction, committed without waiting for the disk: the events are
 * already durable, and a notification does not outlive a crash anyway. A notification that never
 * goes out (the process died just after the commit) delays delivery elsewhere until the next event
 * of the topic or the buses' periodic check (`bus.ts`), and never reorders anything: readers
 * read the events from the table, by seq.
 */
export function createAnnouncer(database: Database, logger: Logger) {
  const local = new Set<LocalDelivery>()
  const pending = new Map<string, number>()
  let sending = false

  async function notifyOthers(): Promise<void> {
    if (sending || pending.size === 0) return
    sending = true
    const payloads: string[] = []
    let payload = ''
    for (const [topic, seq] of pending) {
      const line = `${topic}:${seq}`
      if (payload && Buffer.byteLength(payload) + 1 + Buffer.byteLength(line) > MAX_PAYLOAD_BYTES) {
        payloads.push(payload)
        payload = ''
      }
      payload = payload ? `${payload}\n${line}` : line
    }
    payloads.push(payload)
    pending.clear()
    try {
      await sql`
        select set_config('synchronous_commit', 'off', true), pg_notify(${EVENTS_CHANNEL}, payload)
        from unnest(${payloads}::text[]) as payload`.execute(database.db)
    } catch (error) {
      logger.error({ err: error }, 'could not notify the other processes of committed events')
    } finally {
      sending = false
      void notifyOthers()
    }
  }

  return {
    /** Events just committed, in the order of each topic's seq. */
    committed(events: readonly RecordedEvent[]): void {
      for (const event of events) for (const deliver of local) deliver(event)
      if (database.backend === 'pglite') return
      for (const { topic, seq } of events) pending.set(topic, Math.max(seq, pending.get(topic) ?? 0))
      void notifyOthers()
    },
    /** An event bus of this process; the function it returns takes it off. */
    deliverTo(deliver: LocalDelivery): () => void {
      local.add(deliver)
      return () => local.delete(deliver)
    },
  }
}

export type Announcer = ReturnType<typeof createAnnouncer>

/** One announcer per database handle: the buses register with it, the writers find it from their `db`. */
const announcers = new WeakMap<Kysely<DB>, Announcer>()

export function announcerOf(database: Database, logger: Logger): Announcer {
  let announcer = announcers.get(database.db)
  if (!announcer) {
    announcer = createAnnouncer(database, logger)
    announcers.set(database.db, announcer)
  }
  return announcer
}

/**
 * Announces events committed through `db`. Without an event bus on that handle in this process
 * (a script, a test of a service alone), a NOTIFY per event tells whoever listens, elsewhere.
 */
export async function announce(db: Kysely<DB>, events: readonly RecordedEvent[]): Promise<void> {
  const announcer = announcers.get(db)
  if (announcer) {
    announcer.committed(events)
    return
  }
  for (const { topic, seq } of events) {
    await sql`select pg_notify(${EVENTS_CHANNEL}, ${`${topic}:${seq}`})`.execute(db)
  }
}
