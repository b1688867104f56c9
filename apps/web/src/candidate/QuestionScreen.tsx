import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CandidateAnswer, QuestionView, TestView } from '@vigie/contract'
import { useEffect, useRef, useState } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { errorMessage, isApiError, NetworkError } from '../api'
import { useT } from '../i18n'
import { Alert, Button, Checkbox, FormActions, Page, TextField, useDocumentTitle } from '../ui'
import { type Attempt, candidateApi, candidateKeys } from './api'
import { Countdown } from './Countdown'
import type { CompanionState } from './companion/monitor'
import { questionDrafts } from './draft'
import { ExtensionPause } from './ExtensionPause'
import { Markdown, MarkdownInline } from './Markdown'
import { type Decision, reportNotice } from './notice'
import { ReenterCode } from './ReenterCode'
import { ReportProblem } from './ReportProblem'
import { ReportStatus } from './ReportStatus'

/**
 * One question, its answer and "Signaler un problème avec la question". The caller gives each
 * question its own instance: what the candidate typed lives here (and in the tab's draft, so that
 * it outlasts a pause and a reload).
 */
export function QuestionScreen({
  test,
  question,
  attempt,
  decision,
  liveBanner,
  companion,
}: {
  test: TestView
  question: QuestionView
  attempt: Attempt
  decision: Decision | null
  /** "Connexion perdue…" while the invigilator's decisions cannot reach the page. */
  liveBanner: React.ReactNode
  /** The extension as this page sees it; `null` when the session does not require it. */
  companion: CompanionState | null
}) {
  const t = useT()
  const queryClient = useQueryClient()
  const title = t('candidate.test.title', { number: test.questionNumber, total: test.totalQuestions })
  useDocumentTitle(title)
  const draftOf = [test.testId, test.questionNumber, question.itemId] as const
  const [initial] = useState(() => questionDrafts.read(...draftOf))
  const [choice, setChoice] = useState<string | null>(initial.choice)
  const [choices, setChoices] = useState<string[]>(initial.choices)
  const [text, setText] = useState(initial.text)
  // biome-ignore lint/correctness/useExhaustiveDependencies: one instance per question (see above)
  useEffect(() => questionDrafts.write(...draftOf, { choice, choices, text }), [choice, choices, text])
  const bar = useRef<HTMLDivElement>(null)
  const [replaced, setReplaced] = useState(false)
  // Blocked as soon as the page misses the extension, before the server has recorded the alert.
  const extensionMissing = test.pausedFor === 'extension' || companion === 'missing'

  // Each new question, and the extension pause (the question is gone from under the focus): focus
  // the heading, so that the next Tab starts from the top.
  useEffect(() => {
    if (test.questionNumber > 1 || extensionMissing)
      bar.current?.parentElement?.querySelector<HTMLElement>('h1')?.focus()
  }, [test.questionNumber, extensionMissing])

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
    onSuccess: (next) => {
      questionDrafts.clear(...draftOf)
      queryClient.setQueryData(candidateKeys.test(test.testId), next)
    },
    onError: (error) => {
      if (
        isApiError(error, 'not_current_question') ||
        isApiError(error, 'test_ended') ||
        isApiError(error, 'test_paused')
      ) {
        void queryClient.invalidateQueries({ queryKey: candidateKeys.test(test.testId) })
      } else if (isApiError(error, 'attempt_replaced')) {
        setReplaced(true)
      }
    },
  })

  if (replaced) return <ReenterCode candidateId={attempt.candidateId} replaced />

  let answer: CandidateAnswer | null = null
  if (question.type === 'single' && choice) answer = { kind: 'choices', choiceIds: [choice] }
  if (question.type === 'multiple' && choices.length) answer = { kind: 'choices', choiceIds: choices }
  if (question.type === 'free' && text.trim()) answer = { kind: 'text', text: text.trim() }
  const retrying = send.isPending && send.failureCount > 0
  const busy = send.isPending
  const paused = test.pausedFor !== null
  // The refetched test shows the pause; the refusal itself needs no message of its own.
  const showError =
    send.isError && !isApiError(send.error, 'not_current_question') && !isApiError(send.error, 'test_paused')

  return (
    <Page title={title} width="narrow" data-testid="candidate-question">
      <div className="candidate-test__bar" ref={bar}>
        <Countdown endAt={test.theoreticalEndAt} />
      </div>
      {liveBanner}
      {retrying && (
        <Alert tone="warning" data-testid="answer-retrying">
          {t('candidate.test.retrying')}
        </Alert>
      )}
      {showError && (
        <Alert tone="error" data-testid="answer-error">
          {errorMessage(t, send.error)}
        </Alert>
      )}
      {extensionMissing ? (
        <ExtensionPause back={test.pausedFor === 'extension' && companion === 'present'} />
      ) : (
        <div className="candidate-card">
          <div className="candidate-question" lang={question.locale}>
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
          </div>
          <ReportStatus notice={reportNotice(test, decision)} />
          <FormActions>
            <Button
              onPress={() => answer && send.mutate(answer)}
              isDisabled={!answer || paused}
              isPending={busy && send.variables?.kind !== 'skipped'}
              data-testid="answer-validate"
            >
              {t('candidate.test.validate')}
            </Button>
            <Button
              variant="secondary"
              onPress={() => send.mutate({ kind: 'skipped' })}
              isDisabled={paused || (busy && send.variables?.kind !== 'skipped')}
              isPending={busy && send.variables?.kind === 'skipped'}
              data-testid="answer-skip"
            >
              {t('candidate.test.skip')}
            </Button>
          </FormActions>
          <div className="candidate-report-row">
            <ReportProblem
              test={test}
              itemId={question.itemId}
              attempt={attempt}
              isDisabled={paused || busy}
              onReplaced={() => setReplaced(true)}
            />
          </div>
        </div>
      )}
    </Page>
  )
}
