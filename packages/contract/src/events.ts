import Type, { type Static } from 'typebox'

/**
 * A live event as delivered on `GET /api/events/:topic` (Server-Sent Events):
 * the SSE `id` is `seq`, the SSE `event` is `type`, the SSE `data` is this object as JSON.
 * `seq` counts from 1 within a topic, with no gaps, in commit order.
 */
export const LiveEvent = Type.Object({
  topic: Type.String(),
  seq: Type.Integer(),
  type: Type.String(),
  at: Type.String({ format: 'date-time' }),
  data: Type.Unknown(),
})
export type LiveEvent = Static<typeof LiveEvent>

/** Topics: `user:<userId>` (one's own account), more per context. */
export const userTopic = (userId: string) => `user:${userId}`
