import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { ApiError, errorMessage } from '../api'
import { useT } from '../i18n'
import { Alert, Button, Form, FormActions, Page, TextField } from '../ui'
import { invigilationApi } from './api'
import { sessionPath } from './paths'

/** "Surveiller une session": the session number (filled in from the kit's QR code) and its password. */
export function AccessPage() {
  const t = useT()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [number, setNumber] = useState(() => params.get('session') ?? '')
  const [password, setPassword] = useState('')
  const access = useMutation({
    mutationFn: () => invigilationApi.access({ sessionNumber: number.trim(), password: password.trim() }),
    onSuccess: ({ sessionId }) => navigate(sessionPath(sessionId)),
  })
  const error = access.error
  const message =
    error instanceof ApiError && error.code === 'invalid_credentials'
      ? t('invigilator.access.invalid')
      : error
        ? errorMessage(t, error)
        : null

  return (
    <Page title={t('invigilator.title')} width="narrow" card data-testid="invigilator-access">
      <p className="invigilation-area">{t('invigilator.area')}</p>
      <p>{t('invigilator.access.required')}</p>
      {message && (
        <Alert tone="error" data-testid="access-error">
          {message}
        </Alert>
      )}
      <Form
        onSubmit={(event) => {
          event.preventDefault()
          if (!access.isPending) access.mutate()
        }}
      >
        <TextField
          name="sessionNumber"
          label={t('invigilator.access.number')}
          value={number}
          onChange={setNumber}
          isRequired
          maxLength={20}
          autoComplete="off"
          inputMode="numeric"
        />
        <TextField
          name="password"
          label={t('invigilator.access.password')}
          description={t('invigilator.access.passwordHint')}
          value={password}
          onChange={setPassword}
          isRequired
          maxLength={20}
          autoComplete="off"
        />
        <FormActions>
          <Button type="submit" isPending={access.isPending} data-testid="access-submit">
            {t('invigilator.access.submit')}
          </Button>
        </FormActions>
      </Form>
      <p className="invigilation-note">{t('invigilator.access.note')}</p>
    </Page>
  )
}
