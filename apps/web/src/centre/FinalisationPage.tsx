import { useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  AbortReason,
  CentreReportCode,
  FinalisationBody,
  FinalisationCandidateState,
  FinalisationState,
  Session,
  TestStatus,
} from '@vigie/contract'
import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { ApiError } from '../api'
import { useI18n, useT } from '../i18n'
import {
  Alert,
  Button,
  ConfirmDialog,
  Form,
  FormActions,
  LinkButton,
  LoadError,
  Loading,
  RadioGroup,
  Select,
  Tag,
  type TagTone,
  TextField,
} from '../ui'
import { centreApi, centreKeys, refreshSession, useFinalisationState } from './api'
import { candidateName } from './CandidatesSection'
import { describeError } from './errors'
import {
  type CandidateDraft,
  candidateDraftOf,
  emptyFinalisationDraft,
  type FieldProblem,
  type FinalisationDraft,
  finalisationBodyOf,
  GLOBAL_COMMENT_MAX_LENGTH,
  isQuestionCode,
  placeServerProblem,
  questionNumberProblem,
  REPORT_COMMENT_MAX_LENGTH,
  type ReportDraft,
  reportCodesFor,
  runningTests,
} from './finalisationForm'
import { formatShortDate } from './format'
import { SessionSubpage } from './SessionSubpage'
import { type CentreNotice, centrePaths, useCentre } from './shared'

const TEST_TONE: Record<TestStatus, TagTone> = {
  started: 'info',
  completed: 'success',
  ended_by_invigilator: 'warning',
  ended_by_finalisation: 'warning',
  ended_duration_exceeded: 'warning',
}

function useProblemText() {
  const t = useT()
  return (problem: FieldProblem | null): string | null => {
    if (!problem) return null
    return 'max' in problem ? t(problem.key, { max: problem.max }) : t(problem.key)
  }
}

function ReportFields({
  candidate,
  index,
  position,
  report,
  isNew,
  onChange,
  onRemove,
}: {
  candidate: FinalisationCandidateState
  /** The candidate's place in the request. */
  index: number
  /** The report's place among the candidate's. */
  position: number
  report: ReportDraft
  /** A report just added: its code takes the focus. */
  isNew: boolean
  onChange: (report: ReportDraft) => void
  onRemove: () => void
}) {
  const t = useT()
  const problemText = useProblemText()
  const name = candidateName(candidate)
  const field = `candidates.${index}.reports.${position}`
  return (
    <fieldset className="finalise-report" data-testid="finalise-report">
      <legend className="finalise-report__legend">
        {t('finalisation.report', { number: position + 1 })}
      </legend>
      <Select
        name={`${field}.code`}
        label={t('finalisation.report.code')}
        placeholder={t('finalisation.report.codePlaceholder')}
        options={reportCodesFor(candidate).map((code) => ({
          id: code,
          label: t(`finalisation.code.${code}`),
        }))}
        value={report.code}
        onChange={(key) =>
          onChange({ ...report, code: key === null ? null : (String(key) as CentreReportCode) })
        }
        isRequired
        autoFocus={isNew}
        className="finalise-report__code"
      />
      {report.code !== null && isQuestionCode(report.code) && (
        <TextField
          name={`${field}.questionNumber`}
          label={t('finalisation.report.questionNumber')}
          description={t('finalisation.report.questionNumber.help', { max: candidate.lastQuestionNumber })}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={report.questionNumber}
          onChange={(questionNumber) => onChange({ ...report, questionNumber })}
          isRequired
          validate={() => problemText(questionNumberProblem(candidate, report))}
          className="finalise-report__question"
        />
      )}
      <TextField
        name={`${field}.comment`}
        label={t('field.optional', { label: t('finalisation.report.comment') })}
        value={report.comment}
        onChange={(comment) => onChange({ ...report, comment })}
        maxLength={REPORT_COMMENT_MAX_LENGTH}
        autoComplete="off"
        className="finalise-report__comment"
      />
      <Button
        variant="ghost"
        className="button--ghost-danger finalise-report__remove"
        aria-label={t('finalisation.report.removeLabel', { number: position + 1, name })}
        onPress={onRemove}
      >
        {t('finalisation.report.remove')}
      </Button>
    </fieldset>
  )
}

function CandidateFields({
  candidate,
  index,
  entry,
  onChange,
  newKey,
  lastAddedKey,
}: {
  candidate: FinalisationCandidateState
  index: number
  entry: CandidateDraft
  onChange: (entry: CandidateDraft) => void
  newKey: () => number
  lastAddedKey: number
}) {
  const i18n = useI18n()
  const { t } = i18n
  const cardRef = useRef<HTMLLIElement>(null)
  const name = candidateName(candidate)
  const status = candidate.testStatus
  return (
    <li
      ref={cardRef}
      className="finalise-card"
      data-testid="finalise-candidate"
      data-candidate-id={candidate.candidateId}
    >
      <fieldset className="finalise-card__fieldset">
        <legend className="finalise-card__name">{name}</legend>
        <p className="finalise-card__meta">
          {t('finalisation.candidate.birthdate', { date: formatShortDate(i18n, candidate.birthdate) })}
        </p>
        <p className="finalise-card__test" data-testid="finalise-test">
          <Tag tone={status ? TEST_TONE[status] : 'neutral'}>
            {status ? t(`finalisation.test.${status}`) : t('finalisation.test.none')}
          </Tag>
          {status && <span>{t('finalisation.test.answered', { count: candidate.answered })}</span>}
          {status === 'started' && <span className="muted">{t('finalisation.test.runningNote')}</span>}
        </p>
        {candidate.abortReasonRequired && (
          <RadioGroup
            name={`candidates.${index}.abortReason`}
            label={t('finalisation.abortReason')}
            description={t('finalisation.abortReason.help')}
            options={[
              { value: 'candidate', label: t('finalisation.abortReason.candidate') },
              { value: 'technical', label: t('finalisation.abortReason.technical') },
            ]}
            value={entry.abortReason}
            onChange={(value) => onChange({ ...entry, abortReason: value as AbortReason })}
            isRequired
            errorMessage={t('finalisation.problem.abortReason')}
            orientation="horizontal"
            className="finalise-card__abort"
            data-testid="finalise-abort-reason"
          />
        )}
        <div className="finalise-card__reports">
          <p className="finalise-card__reports-title">
            {entry.reports.length === 0 ? t('finalisation.reports.none') : t('finalisation.reports')}
          </p>
          {entry.reports.map((report, position) => (
            <ReportFields
              key={report.key}
              candidate={candidate}
              index={index}
              position={position}
              report={report}
              isNew={report.key === lastAddedKey}
              onChange={(changed) =>
                onChange({
                  ...entry,
                  reports: entry.reports.map((r) => (r.key === report.key ? changed : r)),
                })
              }
              onRemove={() => {
                onChange({ ...entry, reports: entry.reports.filter((r) => r.key !== report.key) })
                // The pressed button is gone: focus goes to the card's "Ajouter un signalement".
                cardRef.current?.querySelector<HTMLElement>('[data-testid="finalise-add-report"]')?.focus()
              }}
            />
          ))}
          <Button
            variant="secondary"
            aria-label={t('finalisation.report.addFor', { name })}
            onPress={() =>
              onChange({
                ...entry,
                reports: [...entry.reports, { key: newKey(), code: null, questionNumber: '', comment: '' }],
              })
            }
            className="finalise-card__add"
            data-testid="finalise-add-report"
          >
            {t('finalisation.report.add')}
          </Button>
        </div>
      </fieldset>
    </li>
  )
}

function FinalisationForm({
  centreId,
  session,
  state,
  onStale,
}: {
  centreId: string
  session: Session
  state: FinalisationState
  /** The server found the page out of date: read the candidates again. */
  onStale: () => void
}) {
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const problemText = useProblemText()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<FinalisationDraft>(emptyFinalisationDraft)
  const [confirming, setConfirming] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [lastAddedKey, setLastAddedKey] = useState(0)
  const running = runningTests(state)

  const finalise = useMutation({
    mutationFn: (body: FinalisationBody) => centreApi.finalise(session.id, body),
    onSuccess: async (results) => {
      queryClient.setQueryData(centreKeys.results(session.id), results)
      queryClient.removeQueries({ queryKey: centreKeys.finalisation(session.id) })
      await refreshSession(queryClient, centreId, session.id)
      navigate(centrePaths.session(centreId, session.id), {
        state: { notice: { kind: 'sessionFinalised' } satisfies CentreNotice },
      })
    },
    onError: (error, sent) => {
      if (!(error instanceof ApiError && error.code === 'validation_failed')) return
      setConfirming(false)
      const { field, problem } = placeServerProblem(error.field ?? '', sent, draft, state)
      if (field) {
        setServerErrors({ [field]: problemText(problem) ?? '' })
        return
      }
      // The page was out of date: read the candidates again, and say so above the form.
      setFormError(problemText(problem))
      onStale()
    },
  })

  // Focus the field the server refused (react-aria focuses the ones the browser refuses).
  useEffect(() => {
    const [field] = Object.keys(serverErrors)
    if (field) formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`)?.focus()
  }, [serverErrors])

  const setCandidate = (candidateId: string, entry: CandidateDraft) => {
    setDraft((d) => ({ ...d, candidates: { ...d.candidates, [candidateId]: entry } }))
    // A report added or removed moves the others' field names: the server's words no longer apply.
    setServerErrors({})
  }

  return (
    <>
      {formError && (
        <Alert tone="error" data-testid="finalise-error">
          {formError}
        </Alert>
      )}
      <Form
        ref={formRef}
        validationErrors={serverErrors}
        className="finalise-form"
        data-testid="finalise-form"
        onSubmit={(event) => {
          event.preventDefault()
          setFormError(null)
          finalise.reset()
          setConfirming(true)
        }}
      >
        <TextField
          name="globalComment"
          label={t('field.optional', { label: t('finalisation.globalComment') })}
          description={t('finalisation.globalComment.count', {
            count: draft.globalComment.length,
            max: GLOBAL_COMMENT_MAX_LENGTH,
          })}
          multiline
          maxLength={GLOBAL_COMMENT_MAX_LENGTH}
          value={draft.globalComment}
          onChange={(globalComment) => setDraft((d) => ({ ...d, globalComment }))}
          className="finalise-form__comment"
        />
        <section className="finalise-form__candidates" aria-labelledby="finalise-candidates-title">
          <h2 id="finalise-candidates-title" className="section__title">
            {t('finalisation.candidates', { count: state.candidates.length })}
          </h2>
          {state.candidates.length === 0 ? (
            <p className="muted">{t('finalisation.candidates.none')}</p>
          ) : (
            <ul className="finalise-cards">
              {state.candidates.map((candidate, index) => (
                <CandidateFields
                  key={candidate.candidateId}
                  candidate={candidate}
                  index={index}
                  entry={candidateDraftOf(draft, candidate.candidateId)}
                  onChange={(entry) => setCandidate(candidate.candidateId, entry)}
                  newKey={() => {
                    const key = lastAddedKey + 1
                    setLastAddedKey(key)
                    return key
                  }}
                  lastAddedKey={lastAddedKey}
                />
              ))}
            </ul>
          )}
        </section>
        <FormActions>
          <LinkButton href={centrePaths.session(centreId, session.id)} variant="ghost">
            {t('common.cancel')}
          </LinkButton>
          <Button type="submit" data-testid="finalise-submit">
            {t('finalisation.submit')}
          </Button>
        </FormActions>
      </Form>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('finalisation.confirm.title', { number: session.number })}
        confirmLabel={t('finalisation.submit')}
        tone="danger"
        onConfirm={() => finalise.mutate(finalisationBodyOf(draft, state))}
        isPending={finalise.isPending}
        error={
          finalise.isError
            ? describeError(t, finalise.error, { session_finalised: 'finalisation.alreadyFinalised' })
            : null
        }
        data-testid="finalise-dialog"
      >
        {running > 0 && <p>{t('finalisation.confirm.running', { count: running })}</p>}
        <p>{t('finalisation.confirm.frozen')}</p>
      </ConfirmDialog>
    </>
  )
}

/** "Finaliser la session": the centre's last word on the session, once. */
export function FinalisationPage() {
  const t = useT()
  return (
    <SessionSubpage
      title={(session) => t('finalisation.title', { number: session.number })}
      pageTitle={t('finalisation.pageTitle')}
      crumb={t('finalisation.crumb')}
      className="finalise-page"
      data-testid="finalise-page"
    >
      {(session) => <Finalisation session={session} />}
    </SessionSubpage>
  )
}

function Finalisation({ session }: { session: Session }) {
  const t = useT()
  const { centreId } = useCentre()
  const open = session.status !== 'finalised'
  const state = useFinalisationState(session.id, open)
  if (!open)
    return (
      <>
        <Alert tone="info">{t('finalisation.alreadyFinalised')}</Alert>
        <div className="page-actions">
          <LinkButton href={centrePaths.results(centreId, session.id)} variant="primary">
            {t('session.results')}
          </LinkButton>
        </div>
      </>
    )
  if (state.isError)
    return (
      <LoadError
        title={t('finalisation.loadError')}
        message={describeError(t, state.error, { session_finalised: 'finalisation.alreadyFinalised' })}
        onRetry={() => state.refetch()}
        isRetrying={state.isFetching}
      />
    )
  if (!state.data) return <Loading />
  return (
    <>
      <p className="finalise-intro">{t('finalisation.intro')}</p>
      <FinalisationForm
        centreId={centreId}
        session={session}
        state={state.data}
        onStale={() => void state.refetch()}
      />
    </>
  )
}
