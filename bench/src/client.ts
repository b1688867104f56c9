import http from 'node:http'
import type { LiveEvent } from '@vigie/contract'
import type { PhaseRecorder } from './stats'

/** Where the clients record: the harness moves it from phase to phase. */
export const recording: { phase: PhaseRecorder | undefined } = { phase: undefined }

export interface Reply {
  status: number
  body: string
  json<T = unknown>(): T
}

const REQUEST_TIMEOUT_MS = 60_000

/**
 * One Vigie process as seen from the clients: a keep-alive connection pool, as a reverse proxy
 * in front of Vigie would keep. Plain `node:http` rather than fetch: the load generator shares
 * the two cores with the server, so its own cost per request must stay small.
 */
export class Target {
  readonly agent: http.Agent
  readonly url: URL
  /** The harness closed it (end of a run): what it cut short was not the server's doing. */
  closed = false

  constructor(
    readonly base: string,
    maxSockets = 256,
  ) {
    this.url = new URL(base)
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets })
  }

  request(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Reply> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...headers,
            ...(payload !== undefined && {
              'content-type': 'application/json',
              'content-length': String(Buffer.byteLength(payload)),
            }),
          },
          timeout: REQUEST_TIMEOUT_MS,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            const cookies = res.headers['set-cookie']
            resolve({
              status: res.statusCode ?? 0,
              body: text,
              json: <T>() => JSON.parse(text) as T,
              ...(cookies && { cookies }),
            } as Reply)
          })
          res.on('error', reject)
        },
      )
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', reject)
      req.end(payload)
    })
  }

  close(): void {
    this.closed = true
    this.agent.destroy()
  }
}

export class HttpError extends Error {
  constructor(
    readonly kind: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(`${kind}: ${status} ${code}`)
  }
}

/**
 * A browser of one person: its session cookie, a same-origin `Origin` on writes (the server
 * accepts its own host), and each call timed under a request kind.
 */
export class Browser {
  cookie: string | undefined

  constructor(public target: Target) {}

  /** Sends a request; records its latency, and an error unless the status is one of `expected`. */
  async call<T = unknown>(
    kind: string,
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; expected?: number[] } = {},
  ): Promise<{ status: number; data: T }> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
    if (this.cookie) headers.cookie = this.cookie
    if (method !== 'GET') headers.origin = this.target.base
    const sent = performance.now()
    let reply: Reply & { cookies?: string[] }
    try {
      reply = await this.target.request(method, path, headers, options.body)
    } catch (error) {
      // A request still in flight when the run closes its connections (a dashboard's read) is cut
      // by the harness, not refused by the server: no error of the phase.
      if (!this.target.closed) {
        recording.phase?.error(
          `${kind}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        )
      }
      throw new HttpError(kind, 0, (error as Error).message)
    }
    recording.phase?.request(kind, performance.now() - sent)
    for (const line of reply.cookies ?? []) {
      const pair = line.split(';')[0] as string
      if (pair.startsWith('vigie_session=')) this.cookie = pair.endsWith('=') ? undefined : pair
    }
    const expected = options.expected ?? [200, 204]
    if (!expected.includes(reply.status)) {
      let code = ''
      try {
        code = reply.json<{ code?: string }>().code ?? ''
      } catch {
        code = reply.body.slice(0, 40)
      }
      recording.phase?.error(`${kind}: ${reply.status} ${code}`)
      throw new HttpError(kind, reply.status, code)
    }
    return { status: reply.status, data: (reply.body ? reply.json<T>() : undefined) as T }
  }
}

export interface EventStream {
  close(): void
}

/**
 * A live event stream (`GET /api/events/:topic`), reopened with Last-Event-ID if the server
 * drops it, as EventSource does. Each stream holds its own connection, as a browser tab does.
 */
export function openEvents(
  browser: Browser,
  topic: string,
  onEvent: (event: LiveEvent) => void,
  onOpen: () => void = () => {},
): EventStream {
  let closed = false
  let lastId: number | undefined
  let req: http.ClientRequest | undefined
  let retry: NodeJS.Timeout | undefined
  const { target } = browser

  const connect = () => {
    const headers: Record<string, string> = { accept: 'text/event-stream' }
    if (browser.cookie) headers.cookie = browser.cookie
    if (lastId !== undefined) headers['last-event-id'] = String(lastId)
    req = http.request({
      host: target.url.hostname,
      port: target.url.port,
      path: `/api/events/${topic}`,
      headers,
      agent: false,
    })
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        recording.phase?.error(`stream: ${res.statusCode}`)
        res.resume()
        reopen()
        return
      }
      onOpen()
      res.setEncoding('utf8')
      let buffer = ''
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block.split('\n').find((line) => line.startsWith('data: '))
          if (data) {
            const event = JSON.parse(data.slice(6)) as LiveEvent
            lastId = event.seq
            onEvent(event)
          }
          end = buffer.indexOf('\n\n')
        }
      })
      res.on('end', reopen)
      res.on('error', reopen)
    })
    req.on('error', (error) => {
      if (!closed) recording.phase?.error(`stream: ${(error as NodeJS.ErrnoException).code ?? error.message}`)
      reopen()
    })
    req.end()
  }

  const reopen = () => {
    if (closed || retry) return
    recording.phase?.error('stream: reopened')
    retry = setTimeout(() => {
      retry = undefined
      connect()
    }, 2000)
  }

  connect()
  return {
    close() {
      closed = true
      clearTimeout(retry)
      req?.destroy()
    },
  }
}
