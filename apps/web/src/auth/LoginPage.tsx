import './auth.css'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useLocation, useSearchParams } from 'react-router'
import { authApi, errorMessage, setSignedIn } from '../api'
import { type LoginNotice, paths, RETURN_PARAM } from '../app/paths'
import { useMessages, useT } from '../i18n'
import { Alert, Button, Form, FormActions, Page, TextField, TextLink } from '../ui'
import { authMessages } from './messages'

/** "Connectez-vous" — the guide's sign-in screen. */
export function LoginPage() {
  useMessages(authMessages)
  const t = useT()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const notice = (useLocation().state as { notice?: LoginNotice } | null)?.notice
  const returnTo = params.get(RETURN_PARAM)
  const login = useMutation({
    mutationFn: authApi.login,
    // The guard then leaves this page for `?retour=` or the home page.
    onSuccess: (me) => setSignedIn(queryClient, me),
  })

  return (
    <Page
      title={t('login.title')}
      documentTitle={t('login.pageTitle')}
      lead={t('login.note')}
      width="narrow"
      card
      className="auth-page"
      data-testid="login-page"
    >
      {notice === 'signedOut' && <Alert tone="success">{t('login.signedOut')}</Alert>}
      {notice === 'passwordChanged' && <Alert tone="success">{t('login.passwordChanged')}</Alert>}
      {!notice && returnTo && <Alert tone="info">{t('login.required')}</Alert>}
      {login.isError && (
        <Alert tone="error" data-testid="login-error">
          {errorMessage(t, login.error)}
        </Alert>
      )}
      <Form
        data-testid="login-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (login.isPending) return
          const data = new FormData(event.currentTarget)
          login.reset()
          login.mutate({
            email: String(data.get('email') ?? '').trim(),
            password: String(data.get('password') ?? ''),
          })
        }}
      >
        <TextField
          name="email"
          type="email"
          label={t('login.email')}
          autoComplete="username"
          inputMode="email"
          isRequired
          maxLength={254}
        />
        <TextField
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          isRequired
          maxLength={200}
        />
        <FormActions>
          <TextLink href={paths.forgotPassword} standalone>
            {t('login.forgot')}
          </TextLink>
          <Button type="submit" isPending={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </FormActions>
      </Form>
      <p className="auth-alt">
        <span>{t('login.noAccount')}</span>
        <TextLink
          href={returnTo ? `${paths.signup}?${RETURN_PARAM}=${encodeURIComponent(returnTo)}` : paths.signup}
          standalone
          data-testid="signup-link"
        >
          {t('login.signup')}
        </TextLink>
      </p>
    </Page>
  )
}
