import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema'

export const EVENTS_CHANNEL = 'vigie_events'

/**
 * Records an event in the caller's transaction and queues a notification that PostgreSQL
 * sends at commit (never for a rolled-back change). The notification carries only
 * `topic:seq`; listeners read the event itself from the table.
 *
 * Numbering takes a row lock on the topic until commit, so within a topic `seq` follows
 * commit order with no gaps: a reader that has seen seq N has seen everything before it.
 * Call it last in a transaction to hold that lock briefly.
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
