import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AcceptInvitationBody, ApiError, CentreMembers, InvitationBody, RoleBody } from '@vigie/contract'
import Type from 'typebox'
import type { MembersService } from './members'

const errors = { '4xx': ApiError }
const CentreParams = Type.Object({ centreId: Type.String({ maxLength: 64 }) })
const MemberParams = Type.Object({
  centreId: Type.String({ maxLength: 64 }),
  userId: Type.String({ maxLength: 64 }),
})

export function memberRoutes(members: MembersService): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Outsiders learn nothing: the same 404 as for a centre that does not exist.
    app.get(
      '/api/centres/:centreId/members',
      { schema: { params: CentreParams, response: { 200: CentreMembers, ...errors } } },
      async (request) => members.list(await request.userIdOr404('Centre'), request.params.centreId),
    )

    app.post(
      '/api/centres/:centreId/invitations',
      { schema: { params: CentreParams, body: InvitationBody, response: { 202: Type.Null(), ...errors } } },
      async (request, reply) => {
        await members.invite(
          await request.userIdOr404('Centre'),
          request.params.centreId,
          request.body.email,
          request.body.role,
        )
        return reply.status(202).send(null)
      },
    )

    app.post(
      '/api/invitations/accept',
      {
        schema: {
          body: AcceptInvitationBody,
          response: { 200: Type.Object({ centreId: Type.String() }), ...errors },
        },
      },
      async (request) => members.accept(await request.requireUserId(), request.body.token),
    )

    app.patch(
      '/api/centres/:centreId/members/:userId',
      { schema: { params: MemberParams, body: RoleBody, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        const { centreId, userId } = request.params
        await members.changeRole(await request.userIdOr404('Centre'), centreId, userId, request.body.role)
        return reply.status(204).send(null)
      },
    )

    app.delete(
      '/api/centres/:centreId/members/:userId',
      { schema: { params: MemberParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        const { centreId, userId } = request.params
        await members.remove(await request.userIdOr404('Centre'), centreId, userId)
        return reply.status(204).send(null)
      },
    )
  }
}
