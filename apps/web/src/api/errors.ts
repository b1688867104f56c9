import type { ErrorCode } from '@vigie/contract'
import type { PlainMessageKey, Translate } from '../i18n'
import { ApiError, NetworkError } from './client'

const messageOfCode: Record<ErrorCode, PlainMessageKey> = {
  validation_failed: 'error.validation_failed',
  invalid_json: 'error.request_rejected',
  payload_too_large: 'error.request_rejected',
  unsupported_media_type: 'error.request_rejected',
  not_authenticated: 'error.not_authenticated',
  cross_site_request: 'error.cross_site_request',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  session_finalised: 'error.session_finalised',
  session_not_finalised: 'error.session_not_finalised',
  results_published: 'error.results_published',
  session_not_found: 'error.session_not_found',
  candidate_not_found: 'error.candidate_not_found',
  candidate_taken: 'error.candidate_taken',
  invalid_access_code: 'error.invalid_access_code',
  presence_not_confirmed: 'error.presence_not_confirmed',
  resume_not_authorised: 'error.resume_not_authorised',
  test_ended: 'error.test_ended',
  not_current_question: 'error.not_current_question',
  attempt_replaced: 'error.attempt_replaced',
  test_paused: 'error.test_paused',
  signalement_handled: 'error.signalement_handled',
  too_many_attempts: 'error.too_many_attempts',
  invalid_credentials: 'error.invalid_credentials',
  email_taken: 'error.email_taken',
  weak_password: 'error.weak_password',
  invalid_token: 'error.invalid_token',
  internal: 'error.internal',
}

/** The sentence to show for an error thrown by the API client (or anything else). */
export function errorMessage(t: Translate, error: unknown): string {
  if (error instanceof NetworkError) return t('error.network')
  if (!(error instanceof ApiError)) return t('error.internal')
  if (error.code === 'too_many_attempts' && error.retryAfterSeconds !== undefined) {
    const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds))
    return seconds < 60
      ? t('error.too_many_attempts.seconds', { count: seconds })
      : t('error.too_many_attempts.minutes', { count: Math.ceil(seconds / 60) })
  }
  return t(messageOfCode[error.code] ?? 'error.internal')
}

/** The form field an error belongs to (`body.password`, `/password` → `password`), if any. */
export function errorField(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined
  return error.field.split(/[./]/).filter(Boolean).pop()
}
