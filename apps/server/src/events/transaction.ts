import type { Kysely, OperationNodeSource } from 'kysely'
import type { DB } from '../db/schema'
import { announce } from './announcer'
import { type NewEvent, type RecordedEvent, recordEvents } from './publish'

/** Records an event in the transaction (last, to hold the topic's lock briefly); gives its seq. */
export type RecordEvent = (topic: string, type: string, data: unknown) => Promise<number>

/**
 * Runs the transaction's `writes` and records `events` in one statement (last in the transaction,
 * to hold the topics' locks briefly); gives the events' seqs. See `recordEvents`.
 */
export type WriteWithEvents = (
  writes: readonly OperationNodeSource[],
  events: readonly NewEvent[],
) => Promise<number[]>

/**
 * Runs `work` in a transaction whose events are announced once it has committed (never for a
 * rolled-back one), so that the commit holds no lock but its own rows: PostgreSQL's NOTIFY inside
 * the transaction would serialise the commits of every writer that notifies (`publish.ts`).
 */
export async function transactionWithEvents<T>(
  db: Kysely<DB>,
  work: (trx: Kysely<DB>, record: RecordEvent, writeWithEvents: WriteWithEvents) => Promise<T>,
): Promise<T> {
  const recorded: RecordedEvent[] = []
  const result = await db.transaction().execute((trx) => {
    const writeWithEvents: WriteWithEvents = async (writes, events) => {
      const written = await recordEvents(trx, events, writes)
      recorded.push(...written)
      return written.map((event) => event.seq)
    }
    return work(
      trx,
      async (topic, type, data) => (await writeWithEvents([], [{ topic, type, data }]))[0] as number,
      writeWithEvents,
    )
  })
  await announce(db, recorded)
  return result
}
