import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, HttpError, recording, Target } from './client'
import { PhaseRecorder } from './stats'

/** A server that answers `/slow` only after a while, and `/broken` by dropping the connection. */
let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/broken') req.socket.destroy()
    else setTimeout(() => res.end('{}'), 300)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('Browser.call errors', () => {
  it('counts a connection the server drops, not a request the harness cuts by closing its target', async () => {
    const phase = new PhaseRecorder('test')
    recording.phase = phase
    try {
      const target = new Target(base)
      await expect(new Browser(target).call('broken', 'GET', '/broken')).rejects.toBeInstanceOf(HttpError)
      expect(phase.errorCount).toBe(1)

      const inFlight = new Browser(target).call('dashboard candidates', 'GET', '/slow')
      setTimeout(() => target.close(), 50)
      await expect(inFlight).rejects.toBeInstanceOf(HttpError)
      expect(phase.errors).toEqual(new Map([['broken: ECONNRESET', 1]]))
    } finally {
      recording.phase = undefined
    }
  })
})
