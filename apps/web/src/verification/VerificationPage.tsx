import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import type { CertificateVerification } from '@vigie/contract'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { errorMessage, isApiError } from '../api'
import { useI18n, useT } from '../i18n'
import { Button, FactList, Form, FormActions, Page, Panel, Spinner, TextField } from '../ui'
import { verificationApi, verificationKeys } from './api'
import { CODE_INPUT_MAX_LENGTH, codeProblem, normaliseCertificateCode } from './code'

/** The score's scale on every certificate (DESIGN.md, "Evaluation"). */
const MAX_SCORE = 895
const CODE_PARAM = 'code'

/**
 * "Vérifier un certificat", public: the certificate's QR code opens it with `?code=…`, checked at
 * once; anyone may also type a code. A valid code shows the holder, the date and the score; any
 * other, the same neutral sentence, since the server tells nothing more.
 */
export function VerificationPage() {
  const t = useT()
  const [params, setParams] = useSearchParams()
  const requested = params.get(CODE_PARAM) ?? ''
  const code = normaliseCertificateCode(requested)
  const [typed, setTyped] = useState(code ?? requested)
  const check = useQuery({
    queryKey: verificationKeys.certificate(code ?? ''),
    queryFn: () => verificationApi.verify(code ?? ''),
    enabled: code !== undefined,
    // Checks are counted per address: never again on their own, only when asked.
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })

  const submit = () => {
    const normalised = normaliseCertificateCode(typed)
    if (!normalised) return
    setTyped(normalised)
    if (normalised === code) void check.refetch()
    else setParams({ [CODE_PARAM]: normalised }, { replace: true })
  }

  return (
    <Page
      title={t('verification.title')}
      lead={t('verification.lead')}
      width="narrow"
      data-testid="verification"
    >
      <Panel className="verification-card">
        <Form
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <TextField
            name="code"
            label={t('verification.code')}
            description={t('verification.code.help')}
            value={typed}
            onChange={setTyped}
            isRequired
            maxLength={CODE_INPUT_MAX_LENGTH}
            autoComplete="off"
            spellCheck="false"
            autoCorrect="off"
            className="verification-code"
            validate={(value) => {
              const problem = value ? codeProblem(value) : undefined
              return problem ? t(`verification.code.${problem}`) : null
            }}
          />
          <FormActions>
            <Button type="submit" isPending={check.isFetching} data-testid="verification-submit">
              {t('verification.submit')}
            </Button>
          </FormActions>
        </Form>
      </Panel>
      {/* Present from the start, so that what appears in it is announced. */}
      <div role="status" className="verification-outcome" data-testid="verification-result">
        {requested && <Outcome code={code} check={check} />}
      </div>
    </Page>
  )
}

function Outcome({
  code,
  check,
}: {
  code: string | undefined
  check: UseQueryResult<CertificateVerification>
}) {
  const { t, formatDate } = useI18n()
  // A code that cannot exist matches no certificate: no need to ask.
  if (!code) return <p className="verification-result">{t('verification.unknown')}</p>
  if (check.isFetching)
    return (
      <p className="verification-checking">
        <Spinner size="sm" />
        {t('verification.checking', { code })}
      </p>
    )
  if (check.data) {
    const { firstName, lastName, date, score } = check.data
    return (
      <div className="verification-result verification-result--valid">
        <p className="verification-result__title">
          <span className="verification-result__icon" aria-hidden="true">
            ✓
          </span>
          {t('verification.valid.title')}
        </p>
        <p>{t('verification.valid.text', { code })}</p>
        <FactList
          className="verification-facts"
          facts={[
            {
              label: t('verification.holder'),
              value: `${firstName} ${lastName}`,
              testId: 'verification-holder',
            },
            {
              label: t('verification.date'),
              value: formatDate(new Date(`${date}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
              testId: 'verification-date',
            },
            {
              label: t('verification.score'),
              value: t('verification.score.value', { score, max: MAX_SCORE }),
              testId: 'verification-score',
            },
          ]}
        />
      </div>
    )
  }
  const { error } = check
  if (isApiError(error, 'not_found'))
    return <p className="verification-result">{t('verification.unknown')}</p>
  if (isApiError(error, 'too_many_attempts')) {
    const seconds = error.retryAfterSeconds
    return (
      <p className="verification-result verification-result--warning">
        {seconds === undefined
          ? t('verification.tooMany')
          : t('verification.tooMany.minutes', { count: Math.max(1, Math.ceil(seconds / 60)) })}
      </p>
    )
  }
  if (error)
    return (
      <div className="verification-result verification-result--error">
        <p className="verification-result__title">{t('verification.failed')}</p>
        <p>{errorMessage(t, error)}</p>
        <Button variant="secondary" onPress={() => check.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    )
  return null
}
