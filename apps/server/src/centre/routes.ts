import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiError, Session, SessionInput, SessionPatch, SessionSummary } from '@vigie/contract'
import Type from 'typebox'
import type { CentreService } from './service'

const errors = { '4xx': ApiError }
const CentreParams = Type.Object({ centreId: Type.String({ maxLength: 64 }) })
const SessionParams = Type.Object({ sessionId: Type.String({ maxLength: 64 }) })

/**
 * The centre's sessions. Signed-out visitors and members of other centres get the same 404
 * as for a session that does not exist, so session ids cannot be probed.
 */
export function centreSessionRoutes(centre: CentreService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/centres/:centreId/sessions',
      { schema: { params: CentreParams, response: { 200: Type.Array(SessionSummary), ...errors } } },
      async (request) => centre.listSessions(await request.userIdOr404('Session'), request.params.centreId),
    )

    app.post(
      '/api/centres/:centreId/sessions',
      { schema: { params: CentreParams, body: SessionInput, response: { 201: Session, ...errors } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await centre.createSession(
              await request.userIdOr404('Session'),
              request.params.centreId,
              request.body,
            ),
          ),
    )

    app.get(
      '/api/sessions/:sessionId',
      { schema: { params: SessionParams, response: { 200: Session, ...errors } } },
      async (request) => centre.getSession(await request.userIdOr404('Session'), request.params.sessionId),
    )

    app.patch(
      '/api/sessions/:sessionId',
      { schema: { params: SessionParams, body: SessionPatch, response: { 200: Session, ...errors } } },
      async (request) =>
        centre.updateSession(await request.userIdOr404('Session'), request.params.sessionId, request.body),
    )

    app.delete(
      '/api/sessions/:sessionId',
      { schema: { params: SessionParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await centre.deleteSession(await request.userIdOr404('Session'), request.params.sessionId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/sessions/:sessionId/access-code',
      { schema: { params: SessionParams, response: { 200: Session, ...errors } } },
      async (request) =>
        centre.regenerateAccessCode(await request.userIdOr404('Session'), request.params.sessionId),
    )

    app.post(
      '/api/sessions/:sessionId/invigilator-password',
      { schema: { params: SessionParams, response: { 200: Session, ...errors } } },
      async (request) =>
        centre.regenerateInvigilatorPassword(await request.userIdOr404('Session'), request.params.sessionId),
    )
  }
}
