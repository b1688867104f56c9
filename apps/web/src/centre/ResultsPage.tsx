import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { SessionCandidateResult, SessionResults } from '@vigie/contract'
import { useState } from 'react'
import { useParams } from 'react-router'
import { isApiError } from '../api'
import { useI18n, useT } from '../i18n'
import { Alert, Button, ConfirmDialog, LinkButton, LoadError, Loading, Page, Tag } from '../ui'
import { centreApi, centreKeys, documentUrls, useResults, useSession } from './api'
import { candidateName } from './CandidatesSection'
import { describeError } from './errors'
import { formatShortDate } from './format'
import { resultCounts, resultReason, resultStatusLabel, resultStatusTone } from './resultsView'
import { CentreCrumbs, CentreNotFound, centrePaths, useCentre } from './shared'

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
        <dl className="result-card__figures">
          {result.score !== null && (
            <div>
              <dt>{t('results.score')}</dt>
              <dd data-testid="result-score">{t('results.score.value', { score: result.score })}</dd>
            </div>
          )}
          {result.level !== null && (
            <div>
              <dt>{t('results.level')}</dt>
              <dd data-testid="result-level">{result.level}</dd>
            </div>
          )}
          <div>
            <dt>{t('results.answered')}</dt>
            <dd>{result.answered}</dd>
          </div>
        </dl>
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

function Publication({
  results,
  sessionNumber,
  isAdmin,
}: {
  results: SessionResults
  sessionNumber: string
  isAdmin: boolean
}) {
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
        title={t('results.publish.title', { number: sessionNumber })}
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

function Results({
  results,
  sessionNumber,
  isAdmin,
}: {
  results: SessionResults
  sessionNumber: string
  isAdmin: boolean
}) {
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
      <Publication results={results} sessionNumber={sessionNumber} isAdmin={isAdmin} />
      <ul className="results-downloads">
        <li>
          <a href={urls.resultsCsv} download className="downloads__link" data-testid="download-results-csv">
            <svg className="downloads__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" />
            </svg>
            <span>{t('results.downloadCsv')}</span>
          </a>
        </li>
        <li>
          <a
            href={urls.incidentReport}
            download
            className="downloads__link"
            data-testid="download-incident-report"
          >
            <svg className="downloads__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19h14" />
            </svg>
            <span>{t('results.downloadIncidentReport')}</span>
          </a>
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
  const { centreId, membership } = useCentre()
  const sessionId = useParams().sessionId ?? ''
  const session = useSession(sessionId)
  const finalised = session.data?.status === 'finalised'
  const results = useResults(sessionId, finalised)
  if (!membership) return <CentreNotFound />

  const title = session.data ? t('results.title', { number: session.data.number }) : t('results.pageTitle')
  let content: React.ReactNode
  if (session.isError)
    content = (
      <LoadError
        title={t('session.loadError')}
        message={describeError(t, session.error, { not_found: 'session.notFound' })}
        onRetry={() => session.refetch()}
        isRetrying={session.isFetching}
      />
    )
  else if (!session.data) content = <Loading />
  else if (!finalised)
    content = (
      <>
        <Alert tone="info">{t('results.notFinalised')}</Alert>
        <div className="page-actions">
          <LinkButton href={centrePaths.finalisation(centreId, sessionId)} variant="primary">
            {t('session.finalise')}
          </LinkButton>
        </div>
      </>
    )
  else if (results.isError)
    content = (
      <LoadError
        title={t('results.loadError')}
        message={describeError(t, results.error)}
        onRetry={() => results.refetch()}
        isRetrying={results.isFetching}
      />
    )
  else if (!results.data) content = <Loading />
  else
    content = (
      <Results
        results={results.data}
        sessionNumber={session.data.number}
        isAdmin={membership.role === 'admin'}
      />
    )

  return (
    <Page
      title={title}
      breadcrumbs={
        <CentreCrumbs
          centreId={centreId}
          centreName={membership.centreName}
          trail={[
            ...(session.data
              ? [
                  {
                    label: t('session.title', { number: session.data.number }),
                    href: centrePaths.session(centreId, sessionId),
                  },
                ]
              : []),
            { label: t('results.crumb') },
          ]}
        />
      }
      className="results-page"
      data-testid="results-page"
    >
      {content}
    </Page>
  )
}
