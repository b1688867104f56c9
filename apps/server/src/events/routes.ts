import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { LiveEvent } from '@vigie/contract'
import Type from 'typebox'
import { invalidField, notFound } from '../http/errors'
import type { EventBus } from './bus'
import type { TopicRegistry } from './topics'

const HEARTBEAT_MS = 15_000
/** A client this far behind is cut off; it reconnects with Last-Event-ID and catches up from the table. */
const MAX_BUFFERED_BYTES = 1 << 20

export interface EventStreams {
  /** Ends every open stream (at shutdown); clients reconnect to another process. */
  closeAll(): void
  readonly open: number
}

export function eventRoutes(
  bus: EventBus,
  topics: TopicRegistry,
  /** Told when a stream opens; the function it returns is called when that stream closes. */
  onFollow: (topic: string) => (() => void) | undefined = () => undefined,
): { plugin: FastifyPluginAsyncTypebox; streams: EventStreams } {
  const open = new Set<() => void>()
  const streams: EventStreams = {
    closeAll: () => {
      for (const close of [...open]) close()
    },
    get open() {
      return open.size
    },
  }

  const plugin: FastifyPluginAsyncTypebox = async (app) => {
    app.get(
      '/api/events/:topic',
      {
        schema: {
          params: Type.Object({ topic: Type.String({ minLength: 3, maxLength: 200 }) }),
          headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 20 })) }),
          // For a client that reopens the stream itself (EventSource gives up after some errors).
          querystring: Type.Object({ lastEventId: Type.Optional(Type.String({ maxLength: 20 })) }),
        },
      },
      async (request, reply) => {
        const { topic } = request.params
        if (!(await topics.mayFollow(request, topic))) throw notFound('Topic')
        const lastEventId = request.headers['last-event-id'] ?? request.query.lastEventId
        if (lastEventId !== undefined && !/^\d+$/.test(lastEventId)) {
          throw invalidField('last-event-id', 'Last-Event-ID must be the id of an event received before.')
        }
        const lastSeq = lastEventId === undefined ? await bus.latestSeq(topic) : Number(lastEventId)

        reply.hijack()
        const res = reply.raw
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
          connection: 'keep-alive',
        })
        res.write(`retry: 2000\n: following ${topic} from ${lastSeq}\n\n`)

        const write = (chunk: string) => {
          if (res.writableLength > MAX_BUFFERED_BYTES) close()
          else res.write(chunk)
        }
        const send = (event: LiveEvent) =>
          write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
        const unsubscribe = bus.subscribe(topic, { lastSeq, send })
        const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS)
        const unfollow = onFollow(topic)
        let closed = false
        function close() {
          if (closed) return
          closed = true
          clearInterval(heartbeat)
          unsubscribe()
          unfollow?.()
          open.delete(close)
          res.end()
        }
        open.add(close)
        request.raw.on('close', close)
      },
    )
  }
  return { plugin, streams }
}
