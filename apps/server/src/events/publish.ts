import { type Kysely, type OperationNodeSource, sql } from 'kysely'
import type { DB } from '../db/schema'

export const EVENTS_CHANNEL = 'vigie_events'

/** The name, in `recordEvents`'s statement, of the caller's first write. */
export const FIRST_WRITE = 'write_0'

/** An event as recorded in its transaction, for the announcement after the commit. */
export interface RecordedEvent {
  topic: string
  seq: number
  type: string
  /** The recording transaction's start, as the events table keeps it. */
  at: string
  data: unknown
}

/** An event to record in a transaction. */
export interface NewEvent {
  topic: string
  type: string
  data: unknown
}

/**
 * Records events in the caller's transaction, in one statement with the caller's own `writes`
 * (INSERT, UPDATE or DELETE queries without a WITH of their own, run as its CTEs): the change and
 * the numbering of its events cost one round trip.
 *
 * Numbering takes a row lock on each topic until commit (in the order the events come), so within
 * a topic `seq` follows commit order with no gaps: a reader that has seen seq N has seen everything
 * before it. Call it last in a transaction to hold those locks briefly.
 *
 * With `onlyIfFirstWriteReturns`, the first write is a condition (an UPDATE … RETURNING whose WHERE
 * may find nothing): when it returns no row, no event is recorded and none is returned. The other
 * writes then make it their source (`from ${FIRST_WRITE}`) to follow it.
 *
 * Nothing is sent: the caller announces the events once committed (`transactionWithEvents`, or
 * the caller itself when this statement is its own transaction, as an answer's is).
 */
export async function recordEvents(
  db: Kysely<DB>,
  events: readonly NewEvent[],
  writes: readonly OperationNodeSource[] = [],
  { onlyIfFirstWriteReturns = false } = {},
): Promise<RecordedEvent[]> {
  if (events.length === 0) throw new Error('recordEvents needs at least one event')
  const perTopic = new Map<string, number>()
  for (const { topic } of events) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1)
  // A topic's events take the last seqs it reaches, in their order: `later` counts those after each.
  const taken = new Map<string, number>()
  const rows = events.map(({ topic, type, data }) => {
    const index = taken.get(topic) ?? 0
    taken.set(topic, index + 1)
    return { topic, type, json: JSON.stringify(data), later: (perTopic.get(topic) ?? 0) - index - 1 }
  })
  // Two CTEs may not both update one topic's row: one row per topic, moved by its count.
  const { rows: inserted } = await sql<{ topic: string; seq: string | number; created_at: Date }>`
    with ${sql.join([
      ...writes.map((write, i) => sql`${sql.id(`write_${i}`)} as (${write})`),
      sql`topics as (
        insert into event_topics (topic, last_seq)
        select v.topic, v.count
        from (values ${sql.join([...perTopic].map(([topic, count]) => sql`(${topic}, ${count}::bigint)`))})
          as v (topic, count)
        ${onlyIfFirstWriteReturns ? sql`where exists (select from ${sql.table(FIRST_WRITE)})` : sql``}
        on conflict (topic) do update set last_seq = event_topics.last_seq + excluded.last_seq
        returning topic, last_seq
      )`,
      sql`inserted as (
        insert into events (topic, seq, type, data)
        select e.topic, t.last_seq - e.later, e.type, e.data
        from (values ${sql.join(
          rows.map((e) => sql`(${e.topic}, ${e.later}::bigint, ${e.type}, ${e.json}::jsonb)`),
        )}) as e (topic, later, type, data)
        join topics t on t.topic = e.topic
        returning topic, seq, created_at
      )`,
    ])}
    select topic, seq, created_at from inserted`.execute(db)
  const last = new Map<string, number>()
  for (const row of inserted) last.set(row.topic, Math.max(Number(row.seq), last.get(row.topic) ?? 0))
  if (onlyIfFirstWriteReturns && inserted.length === 0) return []
  const at = inserted[0]?.created_at
  if (inserted.length !== events.length || !at) {
    throw new Error(`events ${events.map((e) => e.type)} were not recorded`)
  }
  return rows.map(({ topic, type, json, later }) => ({
    topic,
    seq: (last.get(topic) ?? 0) - later,
    type,
    at: at.toISOString(),
    data: JSON.parse(json),
  }))
}

/**
 * Records an event as `recordEvents` does, and queues a notification that PostgreSQL sends at
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
