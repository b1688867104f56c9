import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { PUBLIC_URL } from './app'

let clients = 0

/**
 * A browser-like client for `app.inject`: keeps the session cookie, sends a same-origin Origin
 * on writes, and has an address of its own (as people in a room do), so per-address limits
 * count each client apart. No traffic leaves the process: inject only sets the field.
 */
export function client(app: FastifyInstance) {
  clients++
  const remoteAddress = `198.51.100.${clients % 250}`
  let cookie: string | undefined
  const request = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ) => {
    const headers: Record<string, string> = {}
    if (cookie) headers.cookie = cookie
    if (method !== 'GET') headers.origin = PUBLIC_URL
    const response: LightMyRequestResponse = await app.inject({
      method,
      url,
      headers,
      remoteAddress,
      ...(body !== undefined && { payload: body as object }),
    })
    const setCookie = response.headers['set-cookie']
    for (const line of [setCookie].flat()) {
      if (!line) continue
      const pair = line.split(';')[0] as string
      cookie = pair.endsWith('=') ? undefined : pair
    }
    return response
  }
  return {
    request,
    get: (url: string) => request('GET', url),
    post: (url: string, body?: unknown) => request('POST', url, body),
    patch: (url: string, body?: unknown) => request('PATCH', url, body),
    delete: (url: string) => request('DELETE', url),
    remoteAddress,
    get cookie() {
      return cookie
    },
    set cookie(value: string | undefined) {
      cookie = value
    },
  }
}

export type Client = ReturnType<typeof client>

export const signupBody = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Cécile',
  lastName: 'Dupont',
  email: `cecile.${Math.random().toString(36).slice(2)}@example.fr`,
  password: 'correct horse 42',
  ...overrides,
})
