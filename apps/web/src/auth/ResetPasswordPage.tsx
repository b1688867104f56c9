import './auth.css'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { authApi, isApiError, meKey } from '../api'
import { type LoginNotice, paths } from '../app/paths'
import { useMessages, useT } from '../i18n'
import { Alert, Button, Form, FormActions, LinkButton, Page, TextField, TextLink } from '../ui'
import { authMessages } from './messages'
import { isStrongEnough, PASSWORD_MAX_LENGTH } from './password'
import { useServerFieldErrors } from './useServerFieldErrors'

const FIELDS = ['password'] as const

/** `/reinitialiser-mot-de-passe?token=…`: the link from the reset e-mail. */
export function ResetPasswordPage() {
  useMessages(authMessages)
  const t = useT()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const token = useSearchParams()[0].get('token')
  const formRef = useRef<HTMLFormElement>(null)
  const confirm = useMutation({
    mutationFn: authApi.confirmPasswordReset,
    onSuccess: async () => {
      // The server may have closed this browser's session with the old password.
      await queryClient.invalidateQueries({ queryKey: meKey })
      navigate(paths.login, { replace: true, state: { notice: 'passwordChanged' satisfies LoginNotice } })
    },
  })
  const tokenRejected = isApiError(confirm.error, 'invalid_token')
  const { fieldErrors, formError } = useServerFieldErrors(
    tokenRejected ? null : confirm.error,
    FIELDS,
    formRef,
  )

  const requestNew = (
    <LinkButton href={paths.forgotPassword} variant="secondary">
      {t('reset.requestNew')}
    </LinkButton>
  )

  return (
    <Page
      title={t('reset.title')}
      documentTitle={t('reset.pageTitle')}
      width="narrow"
      card
      className="auth-page"
      data-testid="reset-page"
    >
      {!token ? (
        <div className="stack">
          <Alert tone="error">{t('reset.missingToken')}</Alert>
          <div>{requestNew}</div>
        </div>
      ) : tokenRejected ? (
        <div className="stack">
          <Alert tone="error" data-testid="reset-invalid-token">
            {t('error.invalid_token')}
          </Alert>
          <div>{requestNew}</div>
        </div>
      ) : (
        <>
          {formError && <Alert tone="error">{formError}</Alert>}
          <Form
            ref={formRef}
            data-testid="reset-form"
            validationErrors={fieldErrors}
            onSubmit={(event) => {
              event.preventDefault()
              if (confirm.isPending) return
              const password = String(new FormData(event.currentTarget).get('password') ?? '')
              confirm.reset()
              confirm.mutate({ token, password })
            }}
          >
            <TextField
              name="password"
              type="password"
              label={t('reset.password')}
              description={t('signup.passwordRule')}
              autoComplete="new-password"
              isRequired
              maxLength={PASSWORD_MAX_LENGTH}
              validate={(value) => (value && !isStrongEnough(value) ? t('error.weak_password') : null)}
            />
            <FormActions>
              <Button type="submit" isPending={confirm.isPending} data-testid="reset-submit">
                {t('reset.submit')}
              </Button>
            </FormActions>
          </Form>
        </>
      )}
      <p className="auth-alt">
        <TextLink href={paths.login} standalone>
          {t('forgot.backToLogin')}
        </TextLink>
      </p>
    </Page>
  )
}
