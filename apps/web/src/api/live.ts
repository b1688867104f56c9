import type { LiveEvent } from '@vigie/contract'
import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react'

/**
 * `idle`: no topic (or disabled) · `connecting`: first connection · `open`: receiving ·
 * `reconnecting`: the connection dropped and is being re-established (show a banner) ·
 * `paused`: closed on purpose while the page is hidden (see `pauseWhenHidden`).
 */
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'paused'

/** One handler per SSE event name (the live event's `type`, e.g. `account.updated`). */
export type LiveHandlers = Readonly<Record<string, (event: LiveEvent) => void>>

export interface LiveOptions {
  enabled?: boolean
  /**
   * Close the stream while the page is hidden and open it again when it is shown, calling
   * `onResume` then (refetch what the page shows). Browsers allow about 6 HTTP/1.1 connections
   * per origin across all tabs: background tabs should not hold them.
   */
  pauseWhenHidden?: boolean
  /**
   * Called each time the stream opens again (after a drop, a backoff or a pause): refetch what
   * the page shows if the server may not have replayed everything.
   */
  onResume?: () => void
}

const subscribeVisibility = (notify: () => void) => {
  document.addEventListener('visibilitychange', notify)
  return () => document.removeEventListener('visibilitychange', notify)
}
const isHidden = () => document.visibilityState === 'hidden'

/** The path of a topic's stream; `:` is kept readable (`/api/events/user:42`). */
export const liveEventsPath = (topic: string) =>
  `/api/events/${encodeURIComponent(topic).replace(/%3A/gi, ':')}`

/**
 * Follows a topic's live events over Server-Sent Events (`GET /api/events/:topic`).
 * While a connection stays up, the browser reconnects by itself and resends `Last-Event-ID`.
 * When the browser gives up (an HTTP error, a proxy's page instead of a stream) or after a pause,
 * a new connection is opened after a backoff, with `?lastEventId=<last seq>` so that the server
 * can replay what was missed. `onResume` is called on every reopening.
 */
export function useLiveEvents(
  topic: string | null,
  handlers: LiveHandlers,
  { enabled = true, pauseWhenHidden = false, onResume }: LiveOptions = {},
): { status: LiveStatus } {
  const [status, setStatus] = useState<LiveStatus>('idle')
  const hidden = useSyncExternalStore(subscribeVisibility, isHidden, () => false)
  const paused = pauseWhenHidden && hidden
  const lastSeq = useRef<{ topic: string; seq: number } | null>(null)
  const everConnected = useRef<string | null>(null)

  const dispatch = useEffectEvent((type: string, event: LiveEvent) => handlers[type]?.(event))
  const resumed = useEffectEvent(() => onResume?.())
  const types = Object.keys(handlers).sort().join('\n')

  useEffect(() => {
    if (!topic || !enabled) {
      setStatus('idle')
      return
    }
    if (paused) {
      setStatus('paused')
      return
    }
    if (lastSeq.current?.topic !== topic) lastSeq.current = null
    let source: EventSource | null = null
    let retry: ReturnType<typeof setTimeout> | undefined
    let attempt = 0
    let closed = false

    const connect = () => {
      const since = lastSeq.current ? `?lastEventId=${lastSeq.current.seq}` : ''
      const current = new EventSource(liveEventsPath(topic) + since)
      source = current
      current.onopen = () => {
        attempt = 0
        setStatus('open')
        if (everConnected.current === topic) resumed()
        everConnected.current = topic
      }
      current.onerror = () => {
        if (closed) return
        setStatus(everConnected.current === topic ? 'reconnecting' : 'connecting')
        if (current.readyState === EventSource.CLOSED) {
          // The browser will not retry by itself: try again later, then catch up.
          const delay = Math.min(30_000, 1000 * 2 ** attempt) * (0.75 + Math.random() / 2)
          attempt += 1
          retry = setTimeout(connect, delay)
        }
      }
      for (const type of types.split('\n').filter(Boolean)) {
        current.addEventListener(type, (message: MessageEvent<string>) => {
          let event: LiveEvent
          try {
            event = JSON.parse(message.data) as LiveEvent
          } catch {
            return
          }
          const seq = Number(message.lastEventId) || event.seq
          if (Number.isFinite(seq)) lastSeq.current = { topic, seq }
          dispatch(type, event)
        })
      }
    }

    setStatus('connecting')
    connect()
    return () => {
      closed = true
      clearTimeout(retry)
      source?.close()
    }
  }, [topic, enabled, paused, types])

  return { status }
}
