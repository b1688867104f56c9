import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Enrolment } from '@vigie/contract'
import { useRef, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { errorField, errorMessage, isApiError } from '../api'
import type { Translate } from '../i18n'
import { useT } from '../i18n'
import { Alert, Button, Checkbox, Form, FormActions, LoadError, Loading, Page, TextField } from '../ui'
import { candidateApi, candidateKeys, formatDuration, saveAttempt, TOTAL_QUESTIONS, testMinutes } from './api'
import { CompanionStatus } from './companion/CompanionStatus'
import type { CompanionState } from './companion/monitor'
import { GRACE_BEFORE_TEST, useCompanion } from './companion/useCompanion'

/** `/candidat/:candidateId`: the instructions, then "Vous allez commencer votre test de certification". */
export function StartPage() {
  const t = useT()
  const { candidateId = '' } = useParams()
  const query = useQuery({
    queryKey: candidateKeys.enrolment(candidateId),
    queryFn: () => candidateApi.enrolment(candidateId),
  })
  const [acknowledged, setAcknowledged] = useState(false)
  // Watched from the instructions on, so that the candidate can install or enable it before the code.
  const { state: companion } = useCompanion({
    active: query.data?.extensionRequired === true,
    graceMisses: GRACE_BEFORE_TEST,
  })
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <Page title={t('candidate.start.title')} width="narrow">
        <LoadError
          message={errorMessage(t, query.error)}
          onRetry={() => query.refetch()}
          isRetrying={query.isFetching}
        />
      </Page>
    )
  }
  return acknowledged ? (
    <StartGate enrolment={query.data} companion={companion} onBack={() => setAcknowledged(false)} />
  ) : (
    <Instructions enrolment={query.data} companion={companion} onDone={() => setAcknowledged(true)} />
  )
}

const STEPS = 3

function Instructions({
  enrolment,
  companion,
  onDone,
}: {
  enrolment: Enrolment
  companion: CompanionState | null
  onDone: () => void
}) {
  const t = useT()
  const [step, setStep] = useState(1)
  const [ticked, setTicked] = useState(false)
  const [missing, setMissing] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const go = (next: number) => {
    setStep(next)
    // The new screen's heading takes focus, so that keyboard and screen-reader users start there.
    requestAnimationFrame(() => heading.current?.focus())
  }
  const percent = enrolment.extraTimePercentage
  let title: string
  let body: React.ReactNode
  if (step === 1) {
    title = t('candidate.intro.1.title')
    body = (
      <ul className="candidate-list">
        <li>{t('candidate.intro.1.questions', { count: TOTAL_QUESTIONS })}</li>
        <li>{t('candidate.intro.1.duration', { duration: formatDuration(testMinutes(percent)) })}</li>
        {percent > 0 && <li>{t('candidate.intro.1.extraTime', { percent })}</li>}
      </ul>
    )
  } else if (step === 2) {
    title = t('candidate.intro.2.title')
    body = (
      <ul className="candidate-list">
        <li>{t('candidate.intro.2.noBack')}</li>
        <li>{t('candidate.intro.2.report')}</li>
      </ul>
    )
  } else {
    title = t('candidate.intro.3.title')
    body = (
      <ul className="candidate-list">
        <li>
          {enrolment.extensionRequired
            ? t('candidate.intro.3.extensionRequired')
            : t('candidate.intro.3.extension')}
        </li>
        <li>{t('candidate.intro.3.focus')}</li>
      </ul>
    )
    if (companion) {
      body = (
        <>
          {body}
          <CompanionStatus state={companion} />
        </>
      )
    }
  }
  return (
    <Page title={t('candidate.intro.title')} width="narrow" data-testid="candidate-instructions">
      <div className="candidate-card">
        <p className="candidate-step">{t('candidate.intro.step', { step, total: STEPS })}</p>
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {body}
        {step === STEPS && (
          <div>
            <Checkbox
              isSelected={ticked}
              onChange={(value) => {
                setTicked(value)
                if (value) setMissing(false)
              }}
              isInvalid={missing}
              aria-describedby={missing ? 'acknowledge-error' : undefined}
              data-testid="acknowledge"
            >
              {t('candidate.intro.acknowledge')}
            </Checkbox>
            {missing && (
              <p id="acknowledge-error" className="field__error" role="alert">
                {t('candidate.intro.acknowledge.required')}
              </p>
            )}
          </div>
        )}
        <FormActions>
          {step < STEPS ? (
            <Button onPress={() => go(step + 1)} data-testid="instructions-next">
              {t('candidate.intro.next')}
            </Button>
          ) : (
            <Button onPress={() => (ticked ? onDone() : setMissing(true))} data-testid="instructions-done">
              {t('candidate.intro.done')}
            </Button>
          )}
          {step > 1 && (
            <Button variant="secondary" onPress={() => go(step - 1)}>
              {t('candidate.intro.previous')}
            </Button>
          )}
        </FormActions>
      </div>
    </Page>
  )
}

/** The sentence for a refused start: the guide's own words for the invigilator's steps. */
function startErrorMessage(t: Translate, error: unknown): string {
  if (isApiError(error, 'presence_not_confirmed')) return t('candidate.start.presenceNotConfirmed')
  if (isApiError(error, 'resume_not_authorised')) return t('candidate.start.resumeNotAuthorised')
  return errorMessage(t, error)
}

function StartGate({
  enrolment,
  companion,
  onBack,
}: {
  enrolment: Enrolment
  companion: CompanionState | null
  onBack: () => void
}) {
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | null>(null)
  const [withoutExtension, setWithoutExtension] = useState(false)
  const start = useMutation({
    mutationFn: (accessCode: string) => candidateApi.start(enrolment.candidateId, accessCode),
    onSuccess: ({ attemptToken, test }) => {
      saveAttempt(test.testId, { token: attemptToken, candidateId: enrolment.candidateId })
      queryClient.setQueryData(candidateKeys.test(test.testId), test)
      navigate(`/candidat/test/${encodeURIComponent(test.testId)}`)
    },
    onError: (error) => {
      if (errorField(error) === 'accessCode') setCodeError(errorMessage(t, error))
    },
  })
  const showAlert = start.isError && errorField(start.error) !== 'accessCode'
  // Only a missing extension stops the start: while the first pings are out, the test page watches.
  const refused = withoutExtension && companion === 'missing'
  return (
    <Page title={t('candidate.start.title')} width="narrow" data-testid="candidate-start">
      <div className="candidate-card">
        {companion && <CompanionStatus state={companion} />}
        {refused && (
          <Alert tone="error" data-testid="start-error">
            {t('candidate.companion.required')}
          </Alert>
        )}
        {showAlert && !refused && (
          <Alert tone="error" data-testid="start-error">
            {startErrorMessage(t, start.error)}
          </Alert>
        )}
        <Form
          validationErrors={codeError ? { accessCode: codeError } : {}}
          onSubmit={(event) => {
            event.preventDefault()
            setWithoutExtension(companion === 'missing')
            if (companion !== 'missing') start.mutate(code.replace(/\s+/g, '').toUpperCase())
          }}
        >
          <TextField
            name="accessCode"
            label={t('candidate.start.accessCode')}
            value={code}
            onChange={(value) => {
              setCode(value)
              setCodeError(null)
            }}
            isRequired
            maxLength={20}
            autoComplete="off"
            className="candidate-code"
          />
          <div className="candidate-consent">
            <p>{t('candidate.start.consent')}</p>
            <p>{t('candidate.start.rights')}</p>
          </div>
          <FormActions>
            <Button type="submit" isPending={start.isPending} data-testid="start-submit">
              {t('candidate.start.submit')}
            </Button>
            <Button variant="secondary" onPress={onBack}>
              {t('candidate.start.backToInstructions')}
            </Button>
          </FormActions>
        </Form>
      </div>
    </Page>
  )
}
