import type { ApiError, ErrorCode } from '@vigie/contract'
import type { FastifyError, FastifyInstance } from 'fastify'
import { DomainError } from './errors'
import { describeValidationError } from './validation'

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  weak_password: 400,
  invalid_token: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  cross_site_request: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  session_finalised: 409,
  session_not_finalised: 409,
  results_published: 409,
  session_not_found: 404,
  candidate_not_found: 404,
  candidate_taken: 409,
  invalid_access_code: 400,
  presence_not_confirmed: 403,
  resume_not_authorised: 403,
  test_ended: 409,
  not_current_question: 409,
  attempt_replaced: 409,
  test_paused: 409,
  signalement_handled: 409,
  email_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  internal: 500,
}

/** Fastify's own request errors, in words a person can act on. */
function fromFastify(error: FastifyError, bodyLimit: number): ApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        statusCode: 413,
        code: 'payload_too_large',
        message: `The request body is larger than the ${Math.floor(bodyLimit / (1024 * 1024))} MB allowed.`,
      }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        statusCode: 415,
        code: 'unsupported_media_type',
        message: 'Send the request body as application/json.',
      }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        statusCode: 400,
        code: 'invalid_json',
        message: 'The request body is empty; send a JSON object.',
      }
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { statusCode: 400, code: 'invalid_json', message: 'The request body is not valid JSON.' }
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return { statusCode: 400, code: 'invalid_json', message: 'The request body is not valid JSON.' }
  }
  if (error.validation?.[0]) {
    const described = describeValidationError(
      error.validation[0] as Parameters<typeof describeValidationError>[0],
      error.validationContext ?? 'body',
    )
    return { statusCode: 400, code: 'validation_failed', ...described }
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { statusCode: error.statusCode, code: 'validation_failed', message: error.message }
  }
  return undefined
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: ApiError
    if (error instanceof DomainError) {
      body = { statusCode: statusOf[error.code], code: error.code, message: error.message, ...error.details }
    } else {
      const known = fromFastify(error, request.routeOptions.bodyLimit ?? 1024 * 1024)
      if (known) body = known
      else {
        request.log.error({ err: error }, 'unexpected error')
        body = {
          statusCode: 500,
          code: 'internal',
          message: 'Something went wrong on our side; it has been logged.',
        }
      }
    }
    if (body.retryAfterSeconds !== undefined) reply.header('retry-after', String(body.retryAfterSeconds))
    return reply.status(body.statusCode).send(body)
  })
}
