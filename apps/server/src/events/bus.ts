import type { LiveEvent } from '@vigie/contract'
import type { Logger } from 'pino'
import type { Database } from '../db/database'
import { EVENTS_CHANNEL } from './publish'

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
 * Forwards committed events to this process's subscribers. A notification only says that a
 * topic moved; the feed then reads what its subscribers have not seen from the events
 * table. Notifications that arrive while a topic is being read are coalesced into one more
 * read, so a burst costs a few queries, not one per event.
 */
export function createEventBus(
  database: Database,
  logger: Logger,
  /** Told once per event handed to at least one stream here, with its commit time (for metrics). */
  onDelivered: (at: string) => void = () => {},
) {
  const feeds = new Map<string, Feed>()
  let stopListening: (() => Promise<void>) | undefined

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

  return {
    async start(): Promise<void> {
      stopListening = await database.listen(
        EVENTS_CHANNEL,
        (payload) => {
          const topic = payload.slice(0, payload.lastIndexOf(':'))
          const feed = feeds.get(topic)
          if (feed) void readTopic(topic, feed)
        },
        readAll,
      )
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
      await stopListening?.()
      feeds.clear()
    },
  }
}

export type EventBus = ReturnType<typeof createEventBus>
