import Type, { type Static } from 'typebox'

/**
 * Every error the API returns. `code` is stable and is what the web app translates;
 * `message` is an English sentence for API users and logs.
 */
export const ErrorCode = Type.Union([
  Type.Literal('validation_failed'),
  Type.Literal('invalid_json'),
  Type.Literal('payload_too_large'),
  Type.Literal('unsupported_media_type'),
  Type.Literal('not_authenticated'),
  Type.Literal('cross_site_request'),
  Type.Literal('forbidden'),
  Type.Literal('not_found'),
  Type.Literal('conflict'),
  Type.Literal('session_finalised'),
  Type.Literal('session_not_finalised'),
  Type.Literal('results_published'),
  Type.Literal('session_not_found'),
  Type.Literal('candidate_not_found'),
  Type.Literal('candidate_taken'),
  Type.Literal('invalid_access_code'),
  Type.Literal('presence_not_confirmed'),
  Type.Literal('resume_not_authorised'),
  Type.Literal('test_ended'),
  Type.Literal('not_current_question'),
  Type.Literal('attempt_replaced'),
  Type.Literal('test_paused'),
  Type.Literal('signalement_handled'),
  Type.Literal('too_many_attempts'),
  Type.Literal('invalid_credentials'),
  Type.Literal('email_taken'),
  Type.Literal('weak_password'),
  Type.Literal('invalid_token'),
  Type.Literal('internal'),
])
export type ErrorCode = Static<typeof ErrorCode>

export const ApiError = Type.Object({
  statusCode: Type.Integer(),
  code: ErrorCode,
  message: Type.String(),
  /** The request field at fault, as a JSON pointer-like dotted path (e.g. `password`). */
  field: Type.Optional(Type.String()),
  /** With `too_many_attempts`: seconds until a new attempt is accepted. */
  retryAfterSeconds: Type.Optional(Type.Integer()),
})
export type ApiError = Static<typeof ApiError>
