import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiError, Candidate, CandidateInput, CandidatePatch, ImportResult } from '@vigie/contract'
import Type from 'typebox'
import type { CandidatesService } from './candidates'
import { MAX_CANDIDATE_FILE_BYTES } from './import/limits'

const errors = { '4xx': ApiError }
const SessionParams = Type.Object({ sessionId: Type.String({ maxLength: 64 }) })
const CandidateParams = Type.Object({
  sessionId: Type.String({ maxLength: 64 }),
  candidateId: Type.String({ maxLength: 64 }),
})

/** Spreadsheet files arrive as the request body, typed by their media type; the name says CSV or XLSX. */
const FILE_TYPES = [
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]

export function candidateRoutes(candidates: CandidatesService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body))

    app.get(
      '/api/sessions/:sessionId/candidates',
      { schema: { params: SessionParams, response: { 200: Type.Array(Candidate), ...errors } } },
      async (request) => candidates.list(await request.userIdOr404('Session'), request.params.sessionId),
    )

    app.post(
      '/api/sessions/:sessionId/candidates',
      { schema: { params: SessionParams, body: CandidateInput, response: { 201: Candidate, ...errors } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await candidates.add(
              await request.userIdOr404('Session'),
              request.params.sessionId,
              request.body,
            ),
          ),
    )

    app.patch(
      '/api/sessions/:sessionId/candidates/:candidateId',
      { schema: { params: CandidateParams, body: CandidatePatch, response: { 200: Candidate, ...errors } } },
      async (request) => {
        const { sessionId, candidateId } = request.params
        return candidates.update(await request.userIdOr404('Session'), sessionId, candidateId, request.body)
      },
    )

    app.delete(
      '/api/sessions/:sessionId/candidates/:candidateId',
      { schema: { params: CandidateParams, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        const { sessionId, candidateId } = request.params
        await candidates.remove(await request.userIdOr404('Session'), sessionId, candidateId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/sessions/:sessionId/candidates/import',
      {
        // A little above the file limit, so the importer can say « Le fichier dépasse 2 Mo. » itself.
        bodyLimit: MAX_CANDIDATE_FILE_BYTES + 64 * 1024,
        schema: {
          params: SessionParams,
          querystring: Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 255 }) }),
          response: { 200: ImportResult, ...errors },
        },
      },
      async (request) => {
        const body = request.body
        const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0)
        return candidates.import(
          await request.userIdOr404('Session'),
          request.params.sessionId,
          bytes,
          request.query.fileName,
        )
      },
    )
  }
}
