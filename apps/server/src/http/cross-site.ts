import type { FastifyInstance } from 'fastify'
import { DomainError } from './errors'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests sent by another site's page. Browsers send `Origin` on
 * every such request (and `Sec-Fetch-Site`); it must name this server. Clients that are not
 * browsers send neither and carry no ambient cookie to abuse.
 */
export function registerCrossSiteProtection(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return
    const origin = request.headers.origin
    if (origin !== undefined) {
      let host: string | undefined
      try {
        host = new URL(origin).host
      } catch {
        host = undefined
      }
      if (origin === publicOrigin || (host !== undefined && host === request.headers.host)) return
      throw new DomainError('cross_site_request', 'This request came from another site and was refused.')
    }
    if (request.headers['sec-fetch-site'] === 'cross-site') {
      throw new DomainError('cross_site_request', 'This request came from another site and was refused.')
    }
  })
}
