import type { ErrorCode } from '@vigie/contract'
import { type RefObject, useEffect, useMemo } from 'react'
import { ApiError, errorField, errorMessage } from '../api'
import { useT } from '../i18n'

/** Fields an error code belongs to when the server does not name one. */
const fieldOfCode: Partial<Record<ErrorCode, string>> = {
  email_taken: 'email',
  weak_password: 'password',
}

/**
 * Splits a failed submission's error into field errors (for `<Form validationErrors>`) and a
 * form-level message (for an `<Alert>`), and moves focus to the first field in error.
 */
export function useServerFieldErrors(
  error: unknown,
  fields: readonly string[],
  formRef: RefObject<HTMLFormElement | null>,
): { fieldErrors: Record<string, string>; formError: string | null } {
  const t = useT()
  const result = useMemo(() => {
    if (!error) return { fieldErrors: {}, formError: null }
    const field = error instanceof ApiError ? (errorField(error) ?? fieldOfCode[error.code]) : undefined
    if (field && fields.includes(field)) {
      const message =
        error instanceof ApiError && error.code === 'validation_failed'
          ? t('field.invalid')
          : errorMessage(t, error)
      return { fieldErrors: { [field]: message }, formError: null }
    }
    return { fieldErrors: {}, formError: errorMessage(t, error) }
  }, [error, fields, t])

  useEffect(() => {
    if (Object.keys(result.fieldErrors).length === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [result.fieldErrors, formRef])

  return result
}
