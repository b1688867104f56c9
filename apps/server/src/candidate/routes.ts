import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiError, Enrolment, JoinBody } from '@vigie/contract'
import Type from 'typebox'
import type { Join } from './join'

const errors = { '4xx': ApiError }

export function candidateSpaceRoutes(join: Join): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/candidate/join',
      { schema: { body: JoinBody, response: { 200: Enrolment, ...errors } } },
      async (request) => join.join(await request.requireUserId(), request.body),
    )

    app.get(
      '/api/candidate/enrolments',
      { schema: { response: { 200: Type.Array(Enrolment), ...errors } } },
      async (request) => join.mine(await request.requireUserId()),
    )

    app.get(
      '/api/candidate/enrolments/:candidateId',
      {
        schema: {
          params: Type.Object({ candidateId: Type.String({ maxLength: 64 }) }),
          response: { 200: Enrolment, ...errors },
        },
      },
      async (request) => join.enrolment(await request.requireUserId(), request.params.candidateId),
    )
  }
}
