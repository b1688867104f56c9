import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CandidateAnswer, QuestionView, TestView } from '@vigie/contract'
import { useEffect, useRef, useState } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useParams } from 'react-router'
import { errorMessage, isApiError, NetworkError } from '../api'
import { useT } from '../i18n'
import {
  Alert,
  Button,
  Checkbox,
  FormActions,
  LinkButton,
  LoadError,
  Loading,
  Page,
  TextField,
  useDocumentTitle,
} from '../ui'
import { type Attempt, candidateApi, candidateKeys, formatCountdown, readAttempt } from './api'
import { Markdown, MarkdownInline } from './Markdown'

/** `/candidat/test/:testId`: one question at a time, until the end screen. */
export function TestPage() {
  const { testId = '' } = useParams()
  const [attempt] = useState(() => readAttempt(testId))
  if (!attempt) return <ReenterCode testId={testId} candidateId={null} replaced={false} />
  return <RunningTest testId={testId} attempt={attempt} />
}

function ReenterCode({
  candidateId,
  replaced,
}: {
  testId: string
  candidateId: string | null
  replaced: boolean
}) {
  const t = useT()
  const title = replaced ? t('candidate.test.replaced') : t('candidate.test.noToken')
  return (
    <Page title={title} width="narrow" data-testid="candidate-reenter">
      <Alert tone="warning">
        {replaced ? t('candidate.test.replaced.text') : t('candidate.test.noToken.text')}
      </Alert>
      <p>
        <LinkButton
          variant="primary"
          href={candidateId ? `/candidat/${encodeURIComponent(candidateId)}` : '/candidat'}
        >
          {t('candidate.test.reenterCode')}
        </LinkButton>
      </p>
    </Page>
  )
}

function RunningTest({ testId, attempt }: { testId: string; attempt: Attempt }) {
  const t = useT()
  const query = useQuery({
    queryKey: candidateKeys.test(testId),
    queryFn: () => candidateApi.test(testId, attempt.token),
    retry: (count, error) => error instanceof NetworkError && count < 5,
  })
  if (isApiError(query.error, 'attempt_replaced')) {
    return <ReenterCode testId={testId} candidateId={attempt.candidateId} replaced />
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
      // A new question starts with an empty answer.
      key={`${test.questionNumber}:${test.question.itemId}`}
      test={test}
      question={test.question}
      attempt={attempt}
    />
  )
}

function EndScreen({ test }: { test: TestView }) {
  const t = useT()
  const text =
    test.status === 'completed'
      ? t('candidate.end.completed')
      : test.status === 'ended_by_invigilator'
        ? t('candidate.end.byInvigilator')
        : t('candidate.end.other')
  return (
    <Page title={t('candidate.end.title')} width="narrow" data-testid="candidate-end">
      <Alert tone={test.status === 'completed' ? 'success' : 'info'}>{text}</Alert>
      <p>
        <LinkButton href="/candidat">{t('candidate.end.back')}</LinkButton>
      </p>
    </Page>
  )
}

/** The time now, every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

function Countdown({ endAt }: { endAt: string }) {
  const t = useT()
  const now = useNow()
  const remaining = new Date(endAt).getTime() - now
  if (remaining <= 0) {
    return (
      <p className="candidate-timer" role="status" data-testid="timer">
        {t('candidate.test.overtime')}
      </p>
    )
  }
  // Not a live region: announcing every second would drown the question.
  return (
    <p className="candidate-timer" data-testid="timer">
      {t('candidate.test.remaining', { time: formatCountdown(remaining) })}
    </p>
  )
}

function QuestionScreen({
  test,
  question,
  attempt,
}: {
  test: TestView
  question: QuestionView
  attempt: Attempt
}) {
  const t = useT()
  const queryClient = useQueryClient()
  const title = t('candidate.test.title', { number: test.questionNumber, total: test.totalQuestions })
  useDocumentTitle(title)
  const [choice, setChoice] = useState<string | null>(null)
  const [choices, setChoices] = useState<string[]>([])
  const [text, setText] = useState('')
  const bar = useRef<HTMLDivElement>(null)
  const [replaced, setReplaced] = useState(false)

  // Each new question: focus its heading, so that the next Tab reaches the question.
  useEffect(() => {
    if (test.questionNumber > 1) bar.current?.parentElement?.querySelector<HTMLElement>('h1')?.focus()
  }, [test.questionNumber])

  const send = useMutation({
    mutationFn: (answer: CandidateAnswer) =>
      candidateApi.answer(test.testId, attempt.token, {
        questionNumber: test.questionNumber,
        itemId: question.itemId,
        answer,
      }),
    // The same answer twice is harmless: on a network error, try again by itself.
    retry: (_count, error) => error instanceof NetworkError,
    retryDelay: (count) => Math.min(1000 * 2 ** count, 15_000),
    onSuccess: (next) => queryClient.setQueryData(candidateKeys.test(test.testId), next),
    onError: (error) => {
      if (isApiError(error, 'not_current_question') || isApiError(error, 'test_ended')) {
        void queryClient.invalidateQueries({ queryKey: candidateKeys.test(test.testId) })
      } else if (isApiError(error, 'attempt_replaced')) {
        setReplaced(true)
      }
    },
  })

  if (replaced) return <ReenterCode testId={test.testId} candidateId={attempt.candidateId} replaced />

  let answer: CandidateAnswer | null = null
  if (question.type === 'single' && choice) answer = { kind: 'choices', choiceIds: [choice] }
  if (question.type === 'multiple' && choices.length) answer = { kind: 'choices', choiceIds: choices }
  if (question.type === 'free' && text.trim()) answer = { kind: 'text', text: text.trim() }
  const retrying = send.isPending && send.failureCount > 0
  const busy = send.isPending

  return (
    <Page title={title} width="narrow" data-testid="candidate-question">
      <div className="candidate-test__bar" ref={bar}>
        <Countdown endAt={test.theoreticalEndAt} />
      </div>
      {retrying && (
        <Alert tone="warning" data-testid="answer-retrying">
          {t('candidate.test.retrying')}
        </Alert>
      )}
      {send.isError && !isApiError(send.error, 'not_current_question') && (
        <Alert tone="error" data-testid="answer-error">
          {errorMessage(t, send.error)}
        </Alert>
      )}
      <div className="candidate-card" lang={question.locale}>
        {question.focus && <Alert tone="info">{t('candidate.test.focus')}</Alert>}
        <Markdown source={question.statement} className="candidate-statement" />
        {question.image && (
          <img className="candidate-media" src={question.image.url} alt={question.image.alt} />
        )}
        {question.attachment && (
          <p>
            <a href={question.attachment.url} download={question.attachment.name}>
              {t('candidate.test.attachment', { name: question.attachment.name })}
            </a>
          </p>
        )}
        {question.embed && (
          <iframe
            className="candidate-embed"
            src={question.embed.url}
            title={question.embed.title}
            height={question.embed.height}
            sandbox="allow-scripts allow-forms"
          />
        )}
        {question.type === 'single' && (
          <RadioGroup
            value={choice}
            onChange={setChoice}
            isDisabled={busy}
            className="field radio-group candidate-choices"
          >
            <Label className="field__label">{t('candidate.test.answer')}</Label>
            <div className="radio-group__options">
              {question.choices.map((c) => (
                <Radio key={c.id} value={c.id} className="radio">
                  <span className="radio__circle" aria-hidden="true" />
                  <span>
                    <MarkdownInline source={c.text} />
                  </span>
                </Radio>
              ))}
            </div>
          </RadioGroup>
        )}
        {question.type === 'multiple' && (
          <fieldset className="candidate-choices">
            <legend>{t('candidate.test.answer.multiple')}</legend>
            <div className="candidate-choices__options">
              {question.choices.map((c) => (
                <Checkbox
                  key={c.id}
                  value={c.id}
                  isDisabled={busy}
                  isSelected={choices.includes(c.id)}
                  onChange={(selected) =>
                    setChoices((current) =>
                      selected ? [...current, c.id] : current.filter((id) => id !== c.id),
                    )
                  }
                >
                  <MarkdownInline source={c.text} />
                </Checkbox>
              ))}
            </div>
          </fieldset>
        )}
        {question.type === 'free' && (
          <TextField
            label={t('candidate.test.answer')}
            value={text}
            onChange={setText}
            maxLength={500}
            isDisabled={busy}
            autoComplete="off"
          />
        )}
        <FormActions>
          <Button
            onPress={() => answer && send.mutate(answer)}
            isDisabled={!answer}
            isPending={busy && send.variables?.kind !== 'skipped'}
            data-testid="answer-validate"
          >
            {t('candidate.test.validate')}
          </Button>
          <Button
            variant="secondary"
            onPress={() => send.mutate({ kind: 'skipped' })}
            isDisabled={busy && send.variables?.kind !== 'skipped'}
            isPending={busy && send.variables?.kind === 'skipped'}
            data-testid="answer-skip"
          >
            {t('candidate.test.skip')}
          </Button>
        </FormActions>
      </div>
    </Page>
  )
}
