import './auth.css'
import { useMutation } from '@tanstack/react-query'
import { authApi, errorMessage } from '../api'
import { paths } from '../app/paths'
import { useMessages, useT } from '../i18n'
import { Alert, Button, Form, FormActions, Page, TextField, TextLink } from '../ui'
import { authMessages } from './messages'

/** Asks for a reset link. The answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  useMessages(authMessages)
  const t = useT()
  const request = useMutation({ mutationFn: authApi.requestPasswordReset })

  return (
    <Page
      title={t('forgot.title')}
      documentTitle={t('forgot.pageTitle')}
      lead={request.isSuccess ? undefined : t('forgot.intro')}
      width="narrow"
      card
      className="auth-page"
      data-testid="forgot-page"
    >
      {request.isSuccess ? (
        <Alert tone="success" title={t('forgot.sent')} data-testid="forgot-sent">
          <p>{t('forgot.sentHint')}</p>
        </Alert>
      ) : (
        <>
          {request.isError && <Alert tone="error">{errorMessage(t, request.error)}</Alert>}
          <Form
            data-testid="forgot-form"
            onSubmit={(event) => {
              event.preventDefault()
              if (request.isPending) return
              const email = String(new FormData(event.currentTarget).get('email') ?? '').trim()
              request.reset()
              request.mutate({ email })
            }}
          >
            <TextField
              name="email"
              type="email"
              label={t('forgot.email')}
              autoComplete="email"
              inputMode="email"
              isRequired
              maxLength={254}
            />
            <FormActions>
              <Button type="submit" isPending={request.isPending} data-testid="forgot-submit">
                {t('forgot.submit')}
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
