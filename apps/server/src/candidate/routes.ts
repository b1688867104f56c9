import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AnswerBody,
  ApiError,
  ATTEMPT_TOKEN_HEADER,
  Enrolment,
  JoinBody,
  SignalementBody,
  StartBody,
  StartedTest,
  TestView,
} from '@vigie/contract'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { DB } from '../db/schema'
import { bankMedia } from '../evaluation/bank-store'
import { notFound } from '../http/errors'
import type { CompanionAlerts } from './companion'
import type { Join } from './join'
import type { Signalements } from './signalements'
import type { Tests } from './tests'

const errors = { '4xx': ApiError }

export function candidateSpaceRoutes({
  db,
  join,
  tests,
  signalements,
  companionAlerts,
}: {
  db: Kysely<DB>
  join: Join
  tests: Tests
  signalements: Signalements
  companionAlerts: CompanionAlerts
}): FastifyPluginAsyncTypebox {
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

    const TestParams = Type.Object({ testId: Type.String({ maxLength: 64 }) })
    const attempt = (headers: Record<string, unknown>) => {
      const value = headers[ATTEMPT_TOKEN_HEADER]
      return typeof value === 'string' ? value : undefined
    }

    app.post(
      '/api/candidate/enrolments/:candidateId/start',
      {
        schema: {
          params: Type.Object({ candidateId: Type.String({ maxLength: 64 }) }),
          body: StartBody,
          response: { 200: StartedTest, ...errors },
        },
      },
      async (request) =>
        tests.start(await request.requireUserId(), request.params.candidateId, request.body.accessCode),
    )

    app.get(
      '/api/candidate/tests/:testId',
      { schema: { params: TestParams, response: { 200: TestView, ...errors } } },
      async (request) =>
        tests.current(await request.requireUserId(), request.params.testId, attempt(request.headers)),
    )

    app.post(
      '/api/candidate/tests/:testId/answers',
      { schema: { params: TestParams, body: AnswerBody, response: { 200: TestView, ...errors } } },
      async (request) =>
        tests.answer(request.caller(), request.params.testId, attempt(request.headers), request.body),
    )

    app.post(
      '/api/candidate/tests/:testId/signalements',
      { schema: { params: TestParams, body: SignalementBody, response: { 200: TestView, ...errors } } },
      async (request) =>
        signalements.report(
          await request.requireUserId(),
          request.params.testId,
          attempt(request.headers),
          request.body,
        ),
    )

    app.post(
      '/api/candidate/tests/:testId/companion-alert',
      { schema: { params: TestParams, response: { 200: TestView, ...errors } } },
      async (request) =>
        companionAlerts.raise(await request.requireUserId(), request.params.testId, attempt(request.headers)),
    )

    app.get(
      '/api/item-media/:bankId/*',
      {
        schema: {
          params: Type.Object({
            bankId: Type.String({ maxLength: 64 }),
            '*': Type.String({ maxLength: 300 }),
          }),
        },
      },
      async (request, reply) => {
        const { bankId, '*': path } = request.params
        const file = (await tests.mayReadMedia(await request.userId(), bankId))
          ? await bankMedia(db, bankId, path)
          : undefined
        if (!file) throw notFound('File')
        return (
          reply
            .type(file.content_type)
            .header('cache-control', 'private, max-age=86400')
            // Simulators run in a sandboxed frame: scripts yes, same origin (cookies, the API) no.
            .header(
              'content-security-policy',
              "sandbox allow-scripts allow-forms; default-src 'self' 'unsafe-inline' data:",
            )
            .send(Buffer.from(file.bytes))
        )
      },
    )
  }
}
