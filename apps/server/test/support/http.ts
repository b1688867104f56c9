import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { PUBLIC_URL } from './app'

/** A browser-like client for `app.inject`: keeps the session cookie, sends a same-origin Origin on writes. */
export function client(app: FastifyInstance) {
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
    get: (url: string) => request('GET', url),
    post: (url: string, body?: unknown) => request('POST', url, body),
    patch: (url: string, body?: unknown) => request('PATCH', url, body),
    delete: (url: string) => request('DELETE', url),
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
