import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Session, SessionCandidateResult, SessionResults } from '@vigie/contract'
import { useState } from 'react'
import { isApiError } from '../api'
import { useI18n, useT } from '../i18n'
import { Alert, Button, ConfirmDialog, FactList, LinkButton, LoadError, Loading, Tag } from '../ui'
import { centreApi, centreKeys, documentUrls, useResults } from './api'
import { candidateName } from './CandidatesSection'
import { DownloadLink } from './DownloadLink'
import { describeError } from './errors'
import { formatShortDate } from './format'
import { resultCounts, resultReason, resultStatusLabel, resultStatusTone } from './resultsView'
import { SessionSubpage } from './SessionSubpage'
import { centrePaths, useCentre } from './shared'

function ResultCard({ candidate }: { candidate: SessionCandidateResult }) {
  const i18n = useI18n()
  const { t } = i18n
  const { result } = candidate
  const reason = resultReason(candidate)
  const name = candidateName(candidate)
  return (
    <li className="result-card" data-testid="result-card" data-candidate-id={candidate.candidateId}>
      <div className="result-card__head">
        <h3 className="result-card__name">{name}</h3>
        <Tag tone={result ? resultStatusTone[result.status] : 'neutral'} data-testid="result-status">
          {result ? t(resultStatusLabel[result.status]) : t('results.status.none')}
        </Tag>
      </div>
      <p className="result-card__meta">
        {t('finalisation.candidate.birthdate', { date: formatShortDate(i18n, candidate.birthdate) })}
      </p>
      {reason && <p className="result-card__reason">{t(reason)}</p>}
      {result && (
        <FactList
          className="result-card__figures"
          facts={[
            result.score !== null && {
              label: t('results.score'),
              value: t('results.score.value', { score: result.score }),
              testId: 'result-score',
            },
            result.level !== null && {
              label: t('results.level'),
              value: result.level,
              testId: 'result-level',
            },
            { label: t('results.answered'), value: result.answered },
          ]}
        />
      )}
      {result && result.competences.length > 0 && (
        <details className="result-card__competences">
          <summary>{t('results.competences')}</summary>
          <dl>
            {result.competences.map((competence) => (
              <div key={competence.code} className="result-card__competence">
                <dt>
                  <span className="result-card__code">{competence.code}</span> {competence.title}
                </dt>
                <dd>
                  {competence.level === null
                    ? t('results.competence.none')
                    : t('results.competence.level', { level: competence.level })}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  )
}

interface ResultsProps {
  results: SessionResults
  /** Only a centre admin may publish. */
  isAdmin: boolean
}

function Publication({ results, isAdmin }: ResultsProps) {
  const t = useT()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const publish = useMutation({
    mutationFn: () => centreApi.publishResults(results.sessionId),
    onSuccess: (published) => {
      queryClient.setQueryData(centreKeys.results(results.sessionId), published)
      setConfirming(false)
    },
    onError: (error) => {
      // Published by someone else meanwhile: show that state.
      if (isApiError(error, 'results_published'))
        void queryClient.invalidateQueries({ queryKey: centreKeys.results(results.sessionId) })
    },
  })

  return (
    <div className="results-publication" data-testid="results-publication">
      {results.publishedAt ? (
        <Alert tone="success" data-testid="results-published">
          {t('results.published', { date: new Date(results.publishedAt) })}
        </Alert>
      ) : (
        <>
          <p className="results-publication__note" data-testid="results-not-published">
            {t('results.notPublished')}
          </p>
          {isAdmin ? (
            <Button
              onPress={() => {
                publish.reset()
                setConfirming(true)
              }}
              data-testid="publish-results"
            >
              {t('results.publish')}
            </Button>
          ) : (
            <p className="muted results-publication__note" data-testid="publish-admin-only">
              {t('results.publish.adminOnly')}
            </p>
          )}
        </>
      )}
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('results.publish.title', { number: results.sessionNumber })}
        confirmLabel={t('results.publish')}
        onConfirm={() => publish.mutate()}
        isPending={publish.isPending}
        error={
          publish.isError
            ? describeError(t, publish.error, {
                results_published: 'results.publish.already',
                forbidden: 'results.publish.forbidden',
              })
            : null
        }
        data-testid="publish-dialog"
      >
        <p>{t('results.publish.body')}</p>
      </ConfirmDialog>
    </div>
  )
}

function Results({ results, isAdmin }: ResultsProps) {
  const t = useT()
  const urls = documentUrls(results.sessionId)
  const counts = resultCounts(results)
  const summary = [
    counts.validated > 0 && t('results.count.validated', { count: counts.validated }),
    counts.rejected > 0 && t('results.count.rejected', { count: counts.rejected }),
    counts.cancelled > 0 && t('results.count.cancelled', { count: counts.cancelled }),
    counts.absent > 0 && t('results.count.absent', { count: counts.absent }),
  ].filter(Boolean)
  return (
    <>
      <Publication results={results} isAdmin={isAdmin} />
      <ul className="results-downloads">
        <li>
          <DownloadLink href={urls.resultsCsv} data-testid="download-results-csv">
            {t('results.downloadCsv')}
          </DownloadLink>
        </li>
        <li>
          <DownloadLink href={urls.incidentReport} data-testid="download-incident-report">
            {t('results.downloadIncidentReport')}
          </DownloadLink>
        </li>
      </ul>
      <section className="results-list" aria-labelledby="results-title">
        <h2 id="results-title" className="section__title">
          {t('results.candidates', { count: results.candidates.length })}
        </h2>
        {summary.length > 0 && (
          <p className="results-summary" data-testid="results-summary">
            {summary.join(' · ')}
          </p>
        )}
        <ul className="result-cards">
          {results.candidates.map((candidate) => (
            <ResultCard key={candidate.candidateId} candidate={candidate} />
          ))}
        </ul>
      </section>
    </>
  )
}

/** A finalised session's results: each candidate's, their CSV, and "Publier les résultats". */
export function ResultsPage() {
  const t = useT()
  return (
    <SessionSubpage
      title={(session) => t('results.title', { number: session.number })}
      pageTitle={t('results.pageTitle')}
      crumb={t('results.crumb')}
      className="results-page"
      data-testid="results-page"
    >
      {(session) => <ResultsOnceFinalised session={session} />}
    </SessionSubpage>
  )
}

function ResultsOnceFinalised({ session }: { session: Session }) {
  const t = useT()
  const { centreId, membership } = useCentre()
  const finalised = session.status === 'finalised'
  const results = useResults(session.id, finalised)
  if (!finalised)
    return (
      <>
        <Alert tone="info">{t('results.notFinalised')}</Alert>
        <div className="page-actions">
          <LinkButton href={centrePaths.finalisation(centreId, session.id)} variant="primary">
            {t('session.finalise')}
          </LinkButton>
        </div>
      </>
    )
  if (results.isError)
    return (
      <LoadError
        title={t('results.loadError')}
        message={describeError(t, results.error)}
        onRetry={() => results.refetch()}
        isRetrying={results.isFetching}
      />
    )
  if (!results.data) return <Loading />
  return <Results results={results.data} isAdmin={membership?.role === 'admin'} />
}
