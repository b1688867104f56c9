import type { ErrorCode } from '@vigie/contract'

/**
 * An expected failure of a use case. Use cases throw these; the HTTP layer maps each code to a
 * status in one place (`error-handler.ts`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found.`)

export const notAuthenticated = () => new DomainError('not_authenticated', 'Sign in first.')

export const conflict = (message: string) => new DomainError('conflict', message)

export const invalidField = (field: string, message: string) =>
  new DomainError('validation_failed', message, { field })

export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return new DomainError(
    'too_many_attempts',
    `Too many attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    { retryAfterSeconds },
  )
}
