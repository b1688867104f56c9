import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { errorMessage, isApiError, NetworkError } from '../api'
import { useT } from '../i18n'
import { LiveBanner, LoadError, Loading, Page } from '../ui'
import { type Attempt, candidateApi, candidateKeys, readAttempt } from './api'
import { useTestCompanion } from './companion/useTestCompanion'
import { EndScreen } from './EndScreen'
import { useTestFollow } from './follow'
import { QuestionScreen } from './QuestionScreen'
import { ReenterCode } from './ReenterCode'

/** `/candidat/test/:testId`: one question at a time, until the end screen. */
export function TestPage() {
  const { testId = '' } = useParams()
  const [attempt] = useState(() => readAttempt(testId))
  if (!attempt) return <ReenterCode candidateId={null} replaced={false} />
  return <RunningTest testId={testId} attempt={attempt} />
}

function RunningTest({ testId, attempt }: { testId: string; attempt: Attempt }) {
  const t = useT()
  const query = useQuery({
    queryKey: candidateKeys.test(testId),
    queryFn: () => candidateApi.test(testId, attempt.token),
    retry: (count, error) => error instanceof NetworkError && count < 5,
  })
  const running = query.data?.status === 'started'
  const { status, decision } = useTestFollow(testId, attempt.candidateId, running)
  // Whether the session requires the extension (already in the cache when coming from the start page).
  const enrolment = useQuery({
    queryKey: candidateKeys.enrolment(attempt.candidateId),
    queryFn: () => candidateApi.enrolment(attempt.candidateId),
  })
  const companion = useTestCompanion({
    testId,
    attempt,
    test: query.data,
    required: enrolment.data?.extensionRequired ?? false,
  })

  if (isApiError(query.error, 'attempt_replaced')) {
    return <ReenterCode candidateId={attempt.candidateId} replaced />
  }
  if (query.isPending) return <Loading />
  if (query.isError && !query.data) {
    return (
      <Page title={t('candidate.test.loadError')} width="narrow">
        <LoadError
          message={errorMessage(t, query.error)}
          onRetry={() => query.refetch()}
          isRetrying={query.isFetching}
        />
      </Page>
    )
  }
  const test = query.data
  if (!test) return <Loading />
  if (test.status !== 'started' || !test.question) return <EndScreen test={test} />
  return (
    <QuestionScreen
      // A new question starts with an empty answer; a pause keeps it (same question, same item).
      key={`${test.questionNumber}:${test.question.itemId}`}
      test={test}
      question={test.question}
      attempt={attempt}
      decision={decision}
      liveBanner={<LiveBanner status={status} />}
      companion={companion}
    />
  )
}
