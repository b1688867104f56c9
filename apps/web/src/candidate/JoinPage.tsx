import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Enrolment } from '@vigie/contract'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { errorField, errorMessage } from '../api'
import { useI18n, useT } from '../i18n'
import {
  Alert,
  Button,
  CardList,
  Form,
  FormActions,
  LinkCard,
  LoadError,
  Loading,
  Page,
  Section,
  TextField,
} from '../ui'
import { candidateApi, candidateKeys, parseBirthdate } from './api'
import { ResultsLink } from './results/ResultsLink'

type JoinField = 'sessionNumber' | 'firstName' | 'lastName' | 'birthdate'
const isJoinField = (field: string | undefined): field is JoinField =>
  field === 'sessionNumber' || field === 'firstName' || field === 'lastName' || field === 'birthdate'

/** "Rejoindre une session", and the sessions already joined, to continue. */
export function JoinPage() {
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [values, setValues] = useState<Record<JoinField, string>>({
    sessionNumber: '',
    firstName: '',
    lastName: '',
    birthdate: '',
  })
  const [serverErrors, setServerErrors] = useState<Partial<Record<JoinField, string>>>({})
  const join = useMutation({
    mutationFn: candidateApi.join,
    onSuccess: (enrolment) => {
      queryClient.setQueryData(candidateKeys.enrolment(enrolment.candidateId), enrolment)
      void queryClient.invalidateQueries({ queryKey: candidateKeys.enrolments, exact: true })
      navigate(`/candidat/${encodeURIComponent(enrolment.candidateId)}`)
    },
    onError: (error) => {
      const field = errorField(error)
      if (
        field === 'sessionNumber' ||
        field === 'birthdate' ||
        field === 'firstName' ||
        field === 'lastName'
      ) {
        setServerErrors({ [field]: errorMessage(t, error) })
      }
    },
  })
  // An error about one field shows under it; the others (not enrolled, taken…) above the form.
  const generalError = join.isError && !isJoinField(errorField(join.error))

  const set = (field: JoinField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setServerErrors(({ [field]: _, ...rest }) => rest)
  }

  return (
    <Page title={t('candidate.title')} width="narrow" data-testid="candidate-join">
      <div className="candidate-card">
        <p>{t('candidate.join.intro')}</p>
        {generalError && (
          <Alert tone="error" title={t('candidate.join.failed')} data-testid="join-error">
            {errorMessage(t, join.error)}
          </Alert>
        )}
        <Form
          validationErrors={serverErrors}
          onSubmit={(event) => {
            event.preventDefault()
            const birthdate = parseBirthdate(values.birthdate)
            if (!birthdate) return
            join.mutate({
              sessionNumber: values.sessionNumber.trim(),
              firstName: values.firstName.trim(),
              lastName: values.lastName.trim(),
              birthdate,
            })
          }}
        >
          <TextField
            name="sessionNumber"
            label={t('candidate.join.sessionNumber')}
            description={t('candidate.join.sessionNumber.help')}
            value={values.sessionNumber}
            onChange={set('sessionNumber')}
            isRequired
            maxLength={20}
            inputMode="numeric"
            autoComplete="off"
          />
          <TextField
            name="firstName"
            label={t('candidate.join.firstName')}
            value={values.firstName}
            onChange={set('firstName')}
            isRequired
            maxLength={100}
            autoComplete="given-name"
          />
          <TextField
            name="lastName"
            label={t('candidate.join.lastName')}
            value={values.lastName}
            onChange={set('lastName')}
            isRequired
            maxLength={100}
            autoComplete="family-name"
          />
          <TextField
            name="birthdate"
            label={t('candidate.join.birthdate')}
            description={t('candidate.join.birthdate.help')}
            value={values.birthdate}
            onChange={set('birthdate')}
            isRequired
            maxLength={10}
            inputMode="numeric"
            autoComplete="bday"
            validate={(value) =>
              value && !parseBirthdate(value) ? t('candidate.join.birthdate.invalid') : null
            }
          />
          <FormActions>
            <Button type="submit" isPending={join.isPending} data-testid="join-submit">
              {t('candidate.join.submit')}
            </Button>
          </FormActions>
        </Form>
      </div>
      <Enrolments />
      <ResultsLink />
    </Page>
  )
}

function Enrolments() {
  const t = useT()
  const { formatDate } = useI18n()
  const query = useQuery({ queryKey: candidateKeys.enrolments, queryFn: candidateApi.enrolments })
  if (query.isPending) return <Loading />
  if (query.isError) {
    return (
      <LoadError
        title={t('candidate.enrolments.loadError')}
        message={errorMessage(t, query.error)}
        onRetry={() => query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }
  if (!query.data.length) return null
  return (
    <Section title={t('candidate.enrolments.title')} data-testid="enrolments">
      <CardList>
        {query.data.map((enrolment: Enrolment) => (
          <LinkCard
            key={enrolment.candidateId}
            href={`/candidat/${encodeURIComponent(enrolment.candidateId)}`}
            title={t('candidate.enrolments.item', {
              number: enrolment.sessionNumber,
              centre: enrolment.centreName,
            })}
            description={t('candidate.enrolments.when', {
              date: formatDate(new Date(`${enrolment.date}T12:00:00Z`), {
                dateStyle: 'full',
                timeZone: 'UTC',
              }),
              time: enrolment.startTime,
              site: enrolment.site,
              room: enrolment.room,
            })}
            data-testid="enrolment"
          />
        ))}
      </CardList>
    </Section>
  )
}
