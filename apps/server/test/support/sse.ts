import type { LiveEvent } from '@vigie/contract'

/** A Server-Sent-Events client over fetch, recording what it receives. */
export async function openStream(url: string, options: { cookie?: string; lastEventId?: number } = {}) {
  const controller = new AbortController()
  const headers: Record<string, string> = { accept: 'text/event-stream' }
  if (options.cookie) headers.cookie = options.cookie
  if (options.lastEventId !== undefined) headers['last-event-id'] = String(options.lastEventId)
  const response = await fetch(url, { headers, signal: controller.signal })
  const events: Array<LiveEvent & { receivedAt: number }> = []
  let comments = 0
  const waiters = new Set<() => void>()

  const done = (async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true })
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n')
          if (data) events.push({ ...(JSON.parse(data) as LiveEvent), receivedAt: Date.now() })
          else comments++
          for (const wake of waiters) wake()
          end = buffer.indexOf('\n\n')
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error
    }
  })()

  return {
    status: response.status,
    events,
    get comments() {
      return comments
    },
    /** Resolves when `count` events have arrived; rejects after `timeoutMs`. */
    waitFor(count: number, timeoutMs = 5000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (events.length >= count) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve()
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`expected ${count} events within ${timeoutMs} ms, got ${events.length}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    async close() {
      controller.abort()
      await done
    },
  }
}
