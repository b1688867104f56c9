import type { LiveEvent } from '@vigie/contract'
import type { Logger } from 'pino'
import type { Database } from '../db/database'
import { announcerOf } from './announcer'
import { EVENTS_CHANNEL, type RecordedEvent } from './publish'

export interface Subscriber {
  /** The last seq this subscriber has; it receives every later event of the topic, in order, once. */
  lastSeq: number
  send(event: LiveEvent): void
}

interface Feed {
  subscribers: Set<Subscriber>
  reading: boolean
  readAgain: boolean
}

const PAGE = 500
/**
 * How often a bus on PostgreSQL checks that it missed no topic it follows: a notification sent
 * after a commit is lost if its process dies in between (`announcer.ts`).
 */
const CHECK_EVERY_MS = 10_000
/** Topics per statement of that check. */
const CHECK_CHUNK = 1000

/**
 * Forwards committed events to this process's subscribers. An event committed by this process is
 * handed over at once (`announcer.ts`) to the subscribers that have everything before it. A
 * notification only says that a topic moved (up to a seq); the feed then reads what its
 * subscribers have not seen from the events table. Notifications that arrive while a topic is
 * being read are coalesced into one more read, so a burst costs a few queries, not one per event.
 */
export function createEventBus(
  database: Database,
  logger: Logger,
  /** Told once per event handed to at least one stream here, with its commit time (for metrics). */
  onDelivered: (at: string) => void = () => {},
  { checkEveryMs = CHECK_EVERY_MS }: { checkEveryMs?: number } = {},
) {
  const feeds = new Map<string, Feed>()
  let stopListening: (() => Promise<void>) | undefined
  let stopDelivery: (() => void) | undefined
  let checkTimer: NodeJS.Timeout | undefined

  async function readTopic(topic: string, feed: Feed): Promise<void> {
    if (feed.reading) {
      feed.readAgain = true
      return
    }
    feed.reading = true
    try {
      do {
        feed.readAgain = false
        if (feed.subscribers.size === 0) break
        const from = Math.min(...[...feed.subscribers].map((s) => s.lastSeq))
        const rows = await database.db
          .selectFrom('events')
          .select(['seq', 'type', 'data', 'created_at'])
          .where('topic', '=', topic)
          .where('seq', '>', from)
          .orderBy('seq')
          .limit(PAGE)
          .execute()
        for (const row of rows) {
          const event: LiveEvent = {
            topic,
            seq: row.seq,
            type: row.type,
            at: row.created_at.toISOString(),
            data: row.data,
          }
          let delivered = false
          for (const subscriber of feed.subscribers) {
            if (event.seq > subscriber.lastSeq) {
              subscriber.lastSeq = event.seq
              subscriber.send(event)
              delivered = true
            }
          }
          if (delivered) onDelivered(event.at)
        }
        if (rows.length === PAGE) feed.readAgain = true
      } while (feed.readAgain)
    } catch (error) {
      logger.error({ err: error, topic }, 'could not read events')
    } finally {
      feed.reading = false
      if (feed.subscribers.size === 0 && feeds.get(topic) === feed) feeds.delete(topic)
    }
  }

  const readAll = () => {
    for (const [topic, feed] of feeds) void readTopic(topic, feed)
  }

  /** Reads the topic when one of its subscribers lacks an event up to `seq`. */
  const moved = (topic: string, seq: number) => {
    const feed = feeds.get(topic)
    if (!feed) return
    for (const subscriber of feed.subscribers) {
      if (subscriber.lastSeq < seq) {
        void readTopic(topic, feed)
        return
      }
    }
  }

  /** An event this process committed: sent to who has all before it, read for who lacks some. */
  const committedHere = (recorded: RecordedEvent) => {
    const feed = feeds.get(recorded.topic)
    if (!feed) return
    const event: LiveEvent = recorded
    let delivered = false
    let behind = false
    for (const subscriber of feed.subscribers) {
      if (subscriber.lastSeq === event.seq - 1) {
        subscriber.lastSeq = event.seq
        subscriber.send(event)
        delivered = true
      } else if (subscriber.lastSeq < event.seq) behind = true
    }
    if (delivered) onDelivered(event.at)
    if (behind) void readTopic(recorded.topic, feed)
  }

  /** Every followed topic against its latest seq: catches up on notifications that never came. */
  async function check(): Promise<void> {
    const topics = [...feeds.keys()]
    for (let i = 0; i < topics.length; i += CHECK_CHUNK) {
      const rows = await database.db
        .selectFrom('event_topics')
        .select(['topic', 'last_seq'])
        .where('topic', 'in', topics.slice(i, i + CHECK_CHUNK))
        .execute()
      for (const row of rows) moved(row.topic, Number(row.last_seq))
    }
  }

  return {
    async start(): Promise<void> {
      stopDelivery = announcerOf(database, logger).deliverTo(committedHere)
      stopListening = await database.listen(
        EVENTS_CHANNEL,
        // `topic:seq`, one per line (a topic contains colons itself).
        (payload) => {
          for (const line of payload.split('\n')) {
            const colon = line.lastIndexOf(':')
            const seq = Number(line.slice(colon + 1))
            moved(line.slice(0, colon), Number.isInteger(seq) ? seq : Number.POSITIVE_INFINITY)
          }
        },
        readAll,
      )
      if (database.backend === 'postgres') {
        checkTimer = setInterval(() => {
          check().catch((error) => logger.error({ err: error }, 'could not check the followed topics'))
        }, checkEveryMs)
        checkTimer.unref()
      }
    },

    /** The seq of the topic's latest committed event (0 when none). */
    async latestSeq(topic: string): Promise<number> {
      const row = await database.db
        .selectFrom('event_topics')
        .select('last_seq')
        .where('topic', '=', topic)
        .executeTakeFirst()
      return row ? Number(row.last_seq) : 0
    },

    /** Delivers every event after `subscriber.lastSeq`, first those already committed, then live ones. */
    subscribe(topic: string, subscriber: Subscriber): () => void {
      let feed = feeds.get(topic)
      if (!feed) {
        feed = { subscribers: new Set(), reading: false, readAgain: false }
        feeds.set(topic, feed)
      }
      feed.subscribers.add(subscriber)
      void readTopic(topic, feed)
      return () => {
        feed.subscribers.delete(subscriber)
        if (feed.subscribers.size === 0 && !feed.reading) feeds.delete(topic)
      }
    },

    get subscriberCount(): number {
      let count = 0
      for (const feed of feeds.values()) count += feed.subscribers.size
      return count
    },

    async stop(): Promise<void> {
      clearInterval(checkTimer)
      stopDelivery?.()
      await stopListening?.()
      feeds.clear()
    },
  }
}

export type EventBus = ReturnType<typeof createEventBus>
