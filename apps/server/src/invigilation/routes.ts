import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  ApiError,
  InvigilatedCandidate,
  InvigilationSession,
  InvigilatorAccess,
  InvigilatorAccessBody,
  JournalEntry,
  SignalementDecisionBody,
} from '@vigie/contract'
import Type from 'typebox'
import type { InvigilatorAccess as Access } from './access'
import type { EndTest } from './end-test'
import type { ExtensionConfirmation } from './extension'
import type { Presence } from './presence'
import type { Room } from './room'
import type { SignalementDecisions } from './signalements'

const errors = { '4xx': ApiError }
const SessionParams = Type.Object({ sessionId: Type.String({ maxLength: 64 }) })
const CandidateParams = Type.Object({
  sessionId: Type.String({ maxLength: 64 }),
  candidateId: Type.String({ maxLength: 64 }),
})

export function invigilationRoutes({
  access,
  room,
  presence,
  endTest,
  decisions,
  extension,
}: {
  access: Access
  room: Room
  presence: Presence
  endTest: EndTest
  decisions: SignalementDecisions
  extension: ExtensionConfirmation
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/invigilation/access',
      { schema: { body: InvigilatorAccessBody, response: { 200: InvigilatorAccess, ...errors } } },
      async (request) =>
        access.enterWithPassword(
          await request.requireUserId(),
          request.body.sessionNumber,
          request.body.password,
          request.ip,
        ),
    )

    app.post(
      '/api/invigilation/sessions/:sessionId/member-access',
      { schema: { params: SessionParams, response: { 200: InvigilatorAccess, ...errors } } },
      async (request) => access.enterAsCentreMember(await request.requireUserId(), request.params.sessionId),
    )

    app.get(
      '/api/invigilation/sessions/:sessionId',
      { schema: { params: SessionParams, response: { 200: InvigilationSession, ...errors } } },
      async (request) => access.session(await request.userId(), request.params.sessionId),
    )

    app.get(
      '/api/invigilation/sessions/:sessionId/journal',
      { schema: { params: SessionParams, response: { 200: Type.Array(JournalEntry), ...errors } } },
      async (request) => access.journal(await request.userId(), request.params.sessionId),
    )

    app.get(
      '/api/invigilation/sessions/:sessionId/candidates',
      { schema: { params: SessionParams, response: { 200: Type.Array(InvigilatedCandidate), ...errors } } },
      async (request) => room.candidates(await request.userId(), request.params.sessionId),
    )

    app.post(
      '/api/invigilation/sessions/:sessionId/candidates/:candidateId/presence',
      { schema: { params: CandidateParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await presence.confirm(await request.userId(), request.params.sessionId, request.params.candidateId)
        return reply.status(204).send(null)
      },
    )

    app.delete(
      '/api/invigilation/sessions/:sessionId/candidates/:candidateId/presence',
      { schema: { params: CandidateParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await presence.cancel(await request.userId(), request.params.sessionId, request.params.candidateId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/invigilation/sessions/:sessionId/candidates/:candidateId/resume-authorisation',
      { schema: { params: CandidateParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await presence.authoriseResume(
          await request.userId(),
          request.params.sessionId,
          request.params.candidateId,
        )
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/invigilation/sessions/:sessionId/candidates/:candidateId/end',
      { schema: { params: CandidateParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await endTest.end(await request.userId(), request.params.sessionId, request.params.candidateId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/invigilation/sessions/:sessionId/signalements/:signalementId/decision',
      {
        schema: {
          params: Type.Object({
            sessionId: Type.String({ maxLength: 64 }),
            signalementId: Type.String({ maxLength: 64 }),
          }),
          body: SignalementDecisionBody,
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        await decisions.decide(
          await request.userId(),
          request.params.sessionId,
          request.params.signalementId,
          request.body,
        )
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/invigilation/sessions/:sessionId/candidates/:candidateId/extension-confirmation',
      { schema: { params: CandidateParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await extension.confirm(await request.userId(), request.params.sessionId, request.params.candidateId)
        return reply.status(204).send(null)
      },
    )
  }
}
