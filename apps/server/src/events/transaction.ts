import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { announce } from './announcer'
import { type RecordedEvent, recordEvent } from './publish'

/** Records an event in the transaction (last, to hold the topic's lock briefly); gives its seq. */
export type RecordEvent = (topic: string, type: string, data: unknown) => Promise<number>

/**
 * Runs `work` in a transaction whose events are announced once it has committed (never for a
 * rolled-back one), so that the commit holds no lock but its own rows: PostgreSQL's NOTIFY inside
 * the transaction would serialise the commits of every writer that notifies (`publish.ts`).
 */
export async function transactionWithEvents<T>(
  db: Kysely<DB>,
  work: (trx: Kysely<DB>, record: RecordEvent) => Promise<T>,
): Promise<T> {
  const recorded: RecordedEvent[] = []
  const result = await db.transaction().execute((trx) =>
    work(trx, async (topic, type, data) => {
      const event = await recordEvent(trx, topic, type, data)
      recorded.push(event)
      return event.seq
    }),
  )
  await announce(db, recorded)
  return result
}
