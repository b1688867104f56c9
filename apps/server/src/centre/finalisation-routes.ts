import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiError, FinalisationBody, FinalisationState, SessionResults } from '@vigie/contract'
import Type from 'typebox'
import type { Finalisation } from './finalisation'
import type { Results } from './results'

const errors = { '4xx': ApiError }
const SessionParams = Type.Object({ sessionId: Type.String({ maxLength: 64 }) })

/** After the session: finalising it, its results, their publication. For the centre's members only. */
export function finalisationRoutes({
  finalisation,
  results,
}: {
  finalisation: Finalisation
  results: Results
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/sessions/:sessionId/finalisation',
      { schema: { params: SessionParams, response: { 200: FinalisationState, ...errors } } },
      async (request) => finalisation.state(await request.userIdOr404('Session'), request.params.sessionId),
    )

    app.post(
      '/api/sessions/:sessionId/finalisation',
      {
        schema: {
          params: SessionParams,
          body: FinalisationBody,
          response: { 200: SessionResults, ...errors },
        },
      },
      async (request) =>
        finalisation.finalise(await request.userIdOr404('Session'), request.params.sessionId, request.body),
    )

    app.get(
      '/api/sessions/:sessionId/results',
      { schema: { params: SessionParams, response: { 200: SessionResults, ...errors } } },
      async (request) => results.results(await request.userIdOr404('Session'), request.params.sessionId),
    )

    app.post(
      '/api/sessions/:sessionId/results/publication',
      { schema: { params: SessionParams, response: { 200: SessionResults, ...errors } } },
      async (request) => results.publish(await request.userIdOr404('Session'), request.params.sessionId),
    )
  }
}
