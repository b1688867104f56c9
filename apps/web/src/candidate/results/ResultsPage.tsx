import './results.css'
import { useMutation, useQuery } from '@tanstack/react-query'
import type { MyResult } from '@vigie/contract'
import { useId } from 'react'
import { errorMessage, isApiError } from '../../api'
import { paths } from '../../app/paths'
import { useI18n, useMessages, useT } from '../../i18n'
import {
  Alert,
  Breadcrumbs,
  Button,
  FactList,
  LoadError,
  Loading,
  Page,
  Panel,
  Tag,
  type TagTone,
} from '../../ui'
import { resultKeys, resultsApi, saveFile } from './api'
import { explanationOf, MAX_LEVEL, MAX_SCORE } from './explanation'
import { candidateResultsMessages } from './messages'

const statusTone: Record<MyResult['status'], TagTone> = {
  validated: 'success',
  rejected: 'danger',
  cancelled: 'warning',
}

/** "Mes résultats": each published result of the signed-in candidate, and the certificate of a validated one. */
export function ResultsPage() {
  useMessages(candidateResultsMessages)
  const t = useT()
  const query = useQuery({ queryKey: resultKeys.mine, queryFn: resultsApi.mine })
  return (
    <Page
      title={t('myResults.title')}
      lead={t('myResults.lead')}
      breadcrumbs={
        <Breadcrumbs
          label={t('nav.breadcrumbs')}
          items={[{ label: t('home.pageTitle'), href: paths.home }, { label: t('myResults.title') }]}
        />
      }
      data-testid="my-results"
    >
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError
          title={t('myResults.loadError')}
          message={errorMessage(t, query.error)}
          onRetry={() => query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : query.data.length === 0 ? (
        <Alert tone="info" title={t('myResults.none.title')} data-testid="my-results-none">
          {t('myResults.none.text')}
        </Alert>
      ) : (
        <ul className="my-results">
          {query.data.map((result) => (
            <li key={result.candidateId}>
              <ResultCard result={result} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}

function ResultCard({ result }: { result: MyResult }) {
  const { t, formatDate } = useI18n()
  const headingId = useId()
  const date = formatDate(new Date(`${result.date}T12:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' })
  return (
    <Panel as="article" className="my-result" aria-labelledby={headingId} data-testid="my-result">
      <h2 id={headingId} className="my-result__title">
        {t('myResults.heading', { date })}
      </h2>
      <p className="my-result__meta">
        {result.centreName} · {t('myResults.session', { number: result.sessionNumber })}
      </p>
      <FactList
        className="my-result__figures"
        facts={[
          {
            label: t('myResults.status'),
            value: (
              <Tag tone={statusTone[result.status]} data-testid="my-result-status">
                {t(`myResults.status.${result.status}`)}
              </Tag>
            ),
          },
          {
            label: t('myResults.score'),
            value:
              result.score === null
                ? t('myResults.score.none')
                : t('myResults.score.value', { score: result.score, max: MAX_SCORE }),
            testId: 'my-result-score',
          },
          result.level !== null && {
            label: t('myResults.level'),
            value: t('myResults.level.value', { level: result.level, max: MAX_LEVEL }),
            testId: 'my-result-level',
          },
          { label: t('myResults.answered'), value: result.answered },
        ]}
      />
      <p className="my-result__explanation">{t(`myResults.explain.${explanationOf(result)}`)}</p>
      {result.status === 'validated' && (
        <CertificateDownload candidateId={result.candidateId} code={result.verificationCode} />
      )}
      {result.competences.length > 0 && <Competences competences={result.competences} />}
    </Panel>
  )
}

function Competences({ competences }: { competences: MyResult['competences'] }) {
  const t = useT()
  return (
    <table className="my-result__competences" data-testid="my-result-competences">
      <caption>{t('myResults.competences')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myResults.competence')}</th>
          <th scope="col">{t('myResults.competence.level')}</th>
        </tr>
      </thead>
      <tbody>
        {competences.map((competence) => (
          <tr key={competence.code}>
            <th scope="row">
              <span className="my-result__code">{competence.code}</span> {competence.title}
            </th>
            <td>
              {competence.level === null ? (
                <span className="my-result__muted">{t('myResults.competence.notEvaluated')}</span>
              ) : (
                <span className="level">
                  <span className="level__value">
                    {t('myResults.level.value', { level: competence.level, max: MAX_LEVEL })}
                  </span>
                  <span className="level__meter" aria-hidden="true">
                    <span style={{ inlineSize: `${(competence.level / MAX_LEVEL) * 100}%` }} />
                  </span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function CertificateDownload({ candidateId, code }: { candidateId: string; code: string | null }) {
  const t = useT()
  const download = useMutation({
    mutationFn: () => resultsApi.certificate(candidateId),
    onSuccess: saveFile,
  })
  return (
    <div className="my-result__certificate">
      <div className="my-result__download">
        <Button
          onPress={() => download.mutate()}
          isPending={download.isPending}
          data-testid="certificate-download"
        >
          {t('myResults.download')}
        </Button>
        {code && (
          <p className="my-result__muted">
            {t('myResults.verificationCode')} <span className="my-result__code">{code}</span>
          </p>
        )}
      </div>
      <div role="status" className="my-result__muted">
        {download.isSuccess && t('myResults.download.done', { filename: download.data.filename })}
      </div>
      {download.isError && (
        <Alert tone="error" title={t('myResults.download.failed')} data-testid="certificate-error">
          {isApiError(download.error, 'not_found')
            ? t('myResults.download.unavailable')
            : errorMessage(t, download.error)}
        </Alert>
      )}
    </div>
  )
}
