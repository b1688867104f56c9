import type { ErrorCode } from '@vigie/contract'
import { type RefObject, useEffect } from 'react'
import { ApiError, errorField, errorMessage } from '../api'
import type { PlainMessageKey, Translate } from '../i18n'

/**
 * What the Espace centre says for an error: the action's own sentence for the codes it names
 * (a 409 `conflict` means something different for each action, and the server's message is
 * English), else the app's message for the code.
 */
export function describeError(
  t: Translate,
  error: unknown,
  byCode: Partial<Record<ErrorCode, PlainMessageKey>> = {},
): string {
  const key = error instanceof ApiError ? byCode[error.code] : undefined
  return key ? t(key) : errorMessage(t, error)
}

/**
 * A failed submission split between one field (a 400 `validation_failed` naming a field of the
 * form, shown on it) and the form (an alert).
 */
export function splitFormError<F extends string>(
  t: Translate,
  error: unknown,
  fields: readonly F[],
  {
    fieldMessages = {},
    byCode = {},
  }: {
    /** The message for a field the server refused (default: "Cette valeur n'est pas valide."). */
    fieldMessages?: Partial<Record<F, PlainMessageKey>>
    byCode?: Partial<Record<ErrorCode, PlainMessageKey>>
  } = {},
): { fieldErrors: Partial<Record<F, string>>; formError: string | null } {
  if (!error) return { fieldErrors: {}, formError: null }
  const field = errorField(error) as F | undefined
  if (
    error instanceof ApiError &&
    error.code === 'validation_failed' &&
    field !== undefined &&
    fields.includes(field)
  ) {
    const key: PlainMessageKey = fieldMessages[field] ?? 'field.invalid'
    const fieldErrors: Partial<Record<F, string>> = {}
    fieldErrors[field] = t(key)
    return { fieldErrors, formError: null }
  }
  return { fieldErrors: {}, formError: describeError(t, error, byCode) }
}

/** Moves focus to the first field in error once the server has named one. */
export function useFocusFirstInvalid(
  formRef: RefObject<HTMLElement | null>,
  fieldErrors: Partial<Record<string, string>>,
) {
  useEffect(() => {
    if (Object.keys(fieldErrors).length === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [fieldErrors, formRef])
}
