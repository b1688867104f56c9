import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ApiError, CertificateVerification, MyResult } from '@vigie/contract'
import Type from 'typebox'
import { renderCertificate } from '../centre/documents/certificate'
import { download } from '../http/download'
import type { CertificateVerifications } from './certificate-verification'
import type { CandidateResults } from './results'

const errors = { '4xx': ApiError }

/** A candidate's published results and certificates, and the public check of a certificate. */
export function resultRoutes({
  results,
  verifications,
}: {
  results: CandidateResults
  verifications: CertificateVerifications
}): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/candidate/results',
      { schema: { response: { 200: Type.Array(MyResult), ...errors } } },
      async (request) => results.mine(await request.requireUserId()),
    )

    app.get(
      '/api/candidate/results/:candidateId/certificate.pdf',
      { schema: { params: Type.Object({ candidateId: Type.String({ maxLength: 64 }) }) } },
      async (request, reply) => {
        const data = await results.certificate(await request.requireUserId(), request.params.candidateId)
        const pdf = await renderCertificate(data)
        return download(reply, 'application/pdf', `certificat-${data.verificationCode}.pdf`, pdf)
      },
    )

    // Public: anyone holding a certificate's code may check it.
    app.get(
      '/api/certificates/:code',
      {
        schema: {
          params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
          response: { 200: CertificateVerification, ...errors },
        },
      },
      async (request, reply) => {
        const verified = await verifications.verify(request.params.code, request.ip)
        return reply.header('cache-control', 'no-store').send(verified)
      },
    )
  }
}
