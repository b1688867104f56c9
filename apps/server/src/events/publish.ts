import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema'

export const EVENTS_CHANNEL = 'vigie_events'

/** An event as recorded in its transaction, for the announcement after the commit. */
export interface RecordedEvent {
  topic: string
  seq: number
  type: string
  /** The recording transaction's start, as the events table keeps it. */
  at: string
  data: unknown
}

/**
 * Records an event in the caller's transaction. Numbering takes a row lock on the topic until
 * commit, so within a topic `seq` follows commit order with no gaps: a reader that has seen seq N
 * has seen everything before it. Call it last in a transaction to hold that lock briefly.
 *
 * Nothing is sent: the caller announces the event once committed (`transactionWithEvents`).
 */
export async function recordEvent(
  db: Kysely<DB>,
  topic: string,
  type: string,
  data: unknown,
): Promise<RecordedEvent> {
  const json = JSON.stringify(data)
  const { rows } = await sql<{ seq: number; created_at: Date }>`
    with next as (
      insert into event_topics (topic, last_seq) values (${topic}, 1)
      on conflict (topic) do update set last_seq = event_topics.last_seq + 1
      returning last_seq
    )
    insert into events (topic, seq, type, data)
    select ${topic}, last_seq, ${type}, ${json}::jsonb from next
    returning seq, created_at`.execute(db)
  const row = rows[0]
  if (!row) throw new Error(`event ${type} on ${topic} was not recorded`)
  return { topic, seq: Number(row.seq), type, at: row.created_at.toISOString(), data: JSON.parse(json) }
}

/**
 * Records an event as `recordEvent` does, and queues a notification that PostgreSQL sends at
 * commit (never for a rolled-back change). The notification carries only `topic:seq`; listeners
 * read the event itself from the table.
 *
 * A transaction that notifies holds PostgreSQL's database-wide notification lock from its commit's
 * start to its end (fsync included), so such commits queue behind each other: frequent events
 * (answers) go through `transactionWithEvents` instead, which announces them after the commit.
 */
export async function appendEvent(
  db: Kysely<DB>,
  topic: string,
  type: string,
  data: unknown,
): Promise<number> {
  const { rows } = await sql<{ seq: number }>`
    with next as (
      insert into event_topics (topic, last_seq) values (${topic}, 1)
      on conflict (topic) do update set last_seq = event_topics.last_seq + 1
      returning last_seq
    ), inserted as (
      insert into events (topic, seq, type, data)
      select ${topic}, last_seq, ${type}, ${JSON.stringify(data)}::jsonb from next
      returning seq
    )
    select seq, pg_notify(${EVENTS_CHANNEL}, ${topic} || ':' || seq) from inserted`.execute(db)
  const row = rows[0]
  if (!row) throw new Error(`event ${type} on ${topic} was not recorded`)
  return Number(row.seq)
}
