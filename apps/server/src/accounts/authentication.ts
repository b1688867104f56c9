import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { notAuthenticated, notFound } from '../http/errors'
import type { AccountsService, SessionCheck } from './service'

/**
 * Who sends a request. `session`: the cookie's session, to check in the route's own statement
 * (undefined without a valid cookie). `requireUserId`: the ordinary lookup, whose answers (401 when
 * signed out or expired) the route gives when its statement found no row for that session.
 */
export interface Caller {
  session: SessionCheck | undefined
  requireUserId(): Promise<string>
}

export const SESSION_COOKIE = 'vigie_session'
const COOKIE_MAX_AGE_S = 30 * 24 * 3600

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user's id, or undefined. Reads the session once per request. */
    userId(): Promise<string | undefined>
    /** The signed-in user's id; answers 401 otherwise. */
    requireUserId(): Promise<string>
    /** The signed-in user's id; a signed-out visitor gets the 404 of a `what` that does not exist. */
    userIdOr404(what: string): Promise<string>
    sessionToken(): string | undefined
    /**
     * The caller, for a route that checks the session cookie in its own statement
     * (`AccountsService.sessionCheck`), with the ordinary lookup for when that statement finds nothing.
     */
    caller(): Caller
  }
}

const cache = new WeakMap<FastifyRequest, Promise<string | undefined>>()

/** Web sessions: an opaque random id in a signed, httpOnly, SameSite=Lax cookie. */
export function registerAuthentication(
  app: FastifyInstance,
  accounts: AccountsService,
  secureCookies: boolean,
) {
  app.decorateRequest('sessionToken', function (this: FastifyRequest) {
    const raw = this.cookies[SESSION_COOKIE]
    if (!raw) return undefined
    const unsigned = this.unsignCookie(raw)
    return unsigned.valid && unsigned.value ? unsigned.value : undefined
  })
  app.decorateRequest('userId', function (this: FastifyRequest) {
    let found = cache.get(this)
    if (!found) {
      const token = this.sessionToken()
      found = token ? accounts.authenticate(token) : Promise.resolve(undefined)
      cache.set(this, found)
    }
    return found
  })
  app.decorateRequest('requireUserId', async function (this: FastifyRequest) {
    const id = await this.userId()
    if (!id) throw notAuthenticated()
    return id
  })
  app.decorateRequest('userIdOr404', async function (this: FastifyRequest, what: string) {
    const id = await this.userId()
    if (!id) throw notFound(what)
    return id
  })
  app.decorateRequest('caller', function (this: FastifyRequest): Caller {
    const token = this.sessionToken()
    return {
      session: token ? accounts.sessionCheck(token) : undefined,
      requireUserId: () => this.requireUserId(),
    }
  })

  return {
    setSessionCookie(reply: FastifyReply, token: string) {
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        signed: true,
        maxAge: COOKIE_MAX_AGE_S,
      })
    },
    clearSessionCookie(reply: FastifyReply) {
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies })
    },
  }
}

export type SessionCookies = ReturnType<typeof registerAuthentication>
