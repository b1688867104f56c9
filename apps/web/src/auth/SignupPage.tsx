import './auth.css'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { useSearchParams } from 'react-router'
import { authApi, setSignedIn } from '../api'
import { paths, RETURN_PARAM } from '../app/paths'
import { useI18n, useMessages } from '../i18n'
import { Alert, Button, Form, FormActions, Page, TextField, TextLink } from '../ui'
import { authMessages } from './messages'
import { isStrongEnough, PASSWORD_MAX_LENGTH } from './password'
import { useServerFieldErrors } from './useServerFieldErrors'

const FIELDS = ['firstName', 'lastName', 'email', 'password'] as const

/** "Créer un compte": the account is created and signed in at once. */
export function SignupPage() {
  useMessages(authMessages)
  const { t, locale } = useI18n()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const returnTo = params.get(RETURN_PARAM)
  const formRef = useRef<HTMLFormElement>(null)
  const signup = useMutation({
    mutationFn: authApi.signup,
    onSuccess: (me) => setSignedIn(queryClient, me),
  })
  const { fieldErrors, formError } = useServerFieldErrors(signup.error, FIELDS, formRef)

  return (
    <Page
      title={t('signup.title')}
      documentTitle={t('signup.pageTitle')}
      lead={t('signup.intro')}
      width="narrow"
      card
      className="auth-page"
      data-testid="signup-page"
    >
      {formError && (
        <Alert tone="error" data-testid="signup-error">
          {formError}
        </Alert>
      )}
      <Form
        ref={formRef}
        data-testid="signup-form"
        validationErrors={fieldErrors}
        onSubmit={(event) => {
          event.preventDefault()
          if (signup.isPending) return
          const data = new FormData(event.currentTarget)
          const text = (name: string) => String(data.get(name) ?? '')
          signup.reset()
          signup.mutate({
            firstName: text('firstName').trim(),
            lastName: text('lastName').trim(),
            email: text('email').trim(),
            password: text('password'),
            locale,
          })
        }}
      >
        <p className="auth-required">{t('common.requiredFields')}</p>
        <TextField
          name="firstName"
          label={t('signup.firstName')}
          autoComplete="given-name"
          isRequired
          maxLength={100}
        />
        <TextField
          name="lastName"
          label={t('signup.lastName')}
          autoComplete="family-name"
          isRequired
          maxLength={100}
        />
        <TextField
          name="email"
          type="email"
          label={t('signup.email')}
          autoComplete="email"
          inputMode="email"
          isRequired
          maxLength={254}
        />
        <TextField
          name="password"
          type="password"
          label={t('signup.password')}
          description={t('signup.passwordRule')}
          autoComplete="new-password"
          isRequired
          maxLength={PASSWORD_MAX_LENGTH}
          validate={(value) => (value && !isStrongEnough(value) ? t('error.weak_password') : null)}
        />
        <FormActions>
          <Button type="submit" isPending={signup.isPending} data-testid="signup-submit">
            {t('signup.submit')}
          </Button>
        </FormActions>
      </Form>
      <p className="auth-alt">
        <span>{t('signup.haveAccount')}</span>
        <TextLink
          href={returnTo ? `${paths.login}?${RETURN_PARAM}=${encodeURIComponent(returnTo)}` : paths.login}
          standalone
        >
          {t('signup.login')}
        </TextLink>
      </p>
    </Page>
  )
}
