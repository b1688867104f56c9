import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Session } from '@vigie/contract'
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { errorMessage } from '../api'
import { useI18n, useT } from '../i18n'
import { sessionPath as invigilatorSessionPath } from '../invigilator/paths'
import {
  Alert,
  Button,
  ConfirmDialog,
  type Fact,
  FactList,
  LinkButton,
  Loading,
  Page,
  Section,
  Tag,
} from '../ui'
import { centreApi, centreKeys, documentUrls, useSession } from './api'
import { CandidatesSection } from './CandidatesSection'
import { DownloadLink } from './DownloadLink'
import { describeError } from './errors'
import { formatLongDate, statusLabel, statusTone } from './format'
import {
  CentreCrumbs,
  CentreNotFound,
  type CentreNotice,
  centrePaths,
  SessionLoadError,
  useCentre,
  useNotice,
} from './shared'

function SessionDetails({ session }: { session: Session }) {
  const i18n = useI18n()
  const { t } = i18n
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const facts: Fact[] = [
    { label: t('session.field.date'), value: formatLongDate(i18n, session.date) },
    {
      label: t('session.field.startTime'),
      value: (
        <>
          {session.startTime}
          {browserZone !== session.timeZone && (
            <span className="muted"> ({t('session.timeZoneNote', { timeZone: session.timeZone })})</span>
          )}
        </>
      ),
    },
    { label: t('session.field.site'), value: session.site },
    { label: t('session.field.room'), value: session.room },
    {
      label: t('session.field.invigilatorNames'),
      value: session.invigilatorNames || t('session.notProvided'),
    },
  ]
  if (session.description) facts.push({ label: t('session.field.description'), value: session.description })
  return <FactList facts={facts} className="details" data-testid="session-details" />
}

type CodeKind = 'accessCode' | 'password'

/** The two codes, each with "Régénérer" (after a confirmation), and the way to the Espace Surveillant. */
function SessionCodes({ session, centreId }: { session: Session; centreId: string }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<CodeKind | null>(null)
  const [done, setDone] = useState<{ kind: CodeKind; code: string } | null>(null)
  const regenerate = useMutation({
    mutationFn: (kind: CodeKind) =>
      kind === 'accessCode'
        ? centreApi.regenerateAccessCode(session.id)
        : centreApi.regenerateInvigilatorPassword(session.id),
    onSuccess: (updated, kind) => {
      queryClient.setQueryData(centreKeys.session(session.id), updated)
      void queryClient.invalidateQueries({ queryKey: centreKeys.sessions(centreId) })
      setDone({ kind, code: kind === 'accessCode' ? updated.accessCode : updated.invigilatorPassword })
      setConfirming(null)
    },
  })
  const open = session.status !== 'finalised'
  const navigate = useNavigate()
  const invigilate = useMutation({
    mutationFn: () => centreApi.enterAsInvigilator(session.id),
    onSuccess: ({ sessionId }) => navigate(invigilatorSessionPath(sessionId)),
  })
  const codes: Array<{
    kind: CodeKind
    label: string
    help: string
    value: string
    regenerateLabel: string
  }> = [
    {
      kind: 'accessCode',
      label: t('session.accessCode'),
      help: t('session.accessCode.help'),
      value: session.accessCode,
      regenerateLabel: t('session.regenerate.accessCodeLabel'),
    },
    {
      kind: 'password',
      label: t('session.invigilatorPassword'),
      help: t('session.invigilatorPassword.help'),
      value: session.invigilatorPassword,
      regenerateLabel: t('session.regenerate.passwordLabel'),
    },
  ]

  return (
    <section className="codes" aria-labelledby="codes-title" data-testid="session-codes">
      <h2 id="codes-title" className="codes__title">
        {t('session.codes.title')}
      </h2>
      <p className="codes__intro">{t('session.codes.intro')}</p>
      {done && (
        <Alert tone="success" className="codes__notice" data-testid="codes-notice">
          {done.kind === 'accessCode'
            ? t('session.regenerated.accessCode', { code: done.code })
            : t('session.regenerated.password', { code: done.code })}
        </Alert>
      )}
      <dl className="codes__list">
        {codes.map((code) => (
          <div key={code.kind} className="codes__item">
            <dt className="codes__label">{code.label}</dt>
            <dd className="codes__value">
              <span className="code" data-testid={`code-${code.kind}`}>
                {code.value}
              </span>
              {open && (
                <Button
                  variant="secondary"
                  aria-label={code.regenerateLabel}
                  onPress={() => {
                    regenerate.reset()
                    setDone(null)
                    setConfirming(code.kind)
                  }}
                  data-testid={`regenerate-${code.kind}`}
                >
                  {t('session.regenerate')}
                </Button>
              )}
            </dd>
            <dd className="codes__help">{code.help}</dd>
          </div>
        ))}
      </dl>
      {open && (
        <div className="codes__invigilate">
          <Button
            variant="secondary"
            onPress={() => invigilate.mutate()}
            isPending={invigilate.isPending}
            data-testid="invigilator-space-link"
          >
            {t('session.invigilatorSpace')}
          </Button>
          <p className="codes__help">{t('session.invigilatorSpace.help')}</p>
          {invigilate.isError && <Alert tone="error">{errorMessage(t, invigilate.error)}</Alert>}
        </div>
      )}
      <ConfirmDialog
        isOpen={confirming !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setConfirming(null)
        }}
        title={
          confirming === 'password'
            ? t('session.regenerate.password.title')
            : t('session.regenerate.accessCode.title')
        }
        confirmLabel={t('session.regenerate')}
        onConfirm={() => confirming && regenerate.mutate(confirming)}
        isPending={regenerate.isPending}
        error={
          regenerate.isError
            ? describeError(t, regenerate.error, { conflict: 'session.finalisedNote' })
            : null
        }
        data-testid="regenerate-dialog"
      >
        <p>
          {confirming === 'password'
            ? t('session.regenerate.password.body')
            : t('session.regenerate.accessCode.body')}
        </p>
      </ConfirmDialog>
    </section>
  )
}

/** "Après la session": finalising it, then its results. */
function AfterSession({ session, centreId }: { session: Session; centreId: string }) {
  const t = useT()
  const finalised = session.status === 'finalised'
  return (
    <Section title={t('session.afterSession')} data-testid="after-session">
      <div className="after-session">
        {finalised ? (
          <LinkButton
            href={centrePaths.results(centreId, session.id)}
            variant="primary"
            data-testid="results-link"
          >
            {t('session.results')}
          </LinkButton>
        ) : (
          <LinkButton
            href={centrePaths.finalisation(centreId, session.id)}
            variant="secondary"
            data-testid="finalise-link"
          >
            {t('session.finalise')}
          </LinkButton>
        )}
        <p className="after-session__help">
          {finalised ? t('session.results.help') : t('session.finalise.help')}
        </p>
      </div>
    </Section>
  )
}

function Downloads({ session }: { session: Session }) {
  const t = useT()
  const urls = documentUrls(session.id)
  const documents = [
    {
      key: 'kit',
      label: t('session.download.kit'),
      help: t('session.download.kit.help'),
      href: urls.kit,
      format: 'PDF',
    },
    {
      key: 'attendance-sheet',
      label: t('session.download.attendanceSheet'),
      help: t('session.download.attendanceSheet.help'),
      href: urls.attendanceSheet,
      format: 'PDF',
    },
    {
      key: 'candidates-csv',
      label: t('session.download.candidatesCsv'),
      help: t('session.download.candidatesCsv.help'),
      href: urls.candidatesCsv,
      format: 'CSV',
    },
    {
      key: 'incident-report',
      label: t('session.download.incidentReport'),
      help: t('session.download.incidentReport.help'),
      href: urls.incidentReport,
      format: 'PDF',
    },
    ...(session.status === 'finalised'
      ? [
          {
            key: 'results-csv',
            label: t('session.download.resultsCsv'),
            help: t('session.download.resultsCsv.help'),
            href: urls.resultsCsv,
            format: 'CSV',
          },
        ]
      : []),
  ]
  return (
    <Section title={t('session.downloads')} className="session-overview__downloads" data-testid="downloads">
      <ul className="downloads">
        {documents.map((document) => (
          <li key={document.key} className="downloads__item">
            <DownloadLink href={document.href} data-testid={`download-${document.key}`}>
              {document.label}
            </DownloadLink>
            <span className="downloads__help">
              <Tag tone="neutral">{document.format}</Tag> {document.help}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  )
}

/** The session page: what, when and where; its codes; its documents; its candidates. */
export function SessionPage() {
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { centreId, membership } = useCentre()
  const sessionId = useParams().sessionId ?? ''
  const notice = useNotice()
  const query = useSession(sessionId)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const remove = useMutation({
    mutationFn: () => centreApi.deleteSession(sessionId),
    onSuccess: async () => {
      const number = query.data?.number ?? ''
      queryClient.removeQueries({ queryKey: centreKeys.session(sessionId) })
      await queryClient.invalidateQueries({ queryKey: centreKeys.sessions(centreId) })
      navigate(centrePaths.home(centreId), {
        state: { notice: { kind: 'sessionDeleted', number } satisfies CentreNotice },
      })
    },
  })

  if (!membership) return <CentreNotFound />
  const session = query.data

  if (!session) {
    return (
      <Page
        title={t('session.pageTitle')}
        breadcrumbs={
          <CentreCrumbs
            centreId={centreId}
            centreName={membership.centreName}
            trail={[{ label: t('session.pageTitle') }]}
          />
        }
        data-testid="session-page"
      >
        {query.isError ? <SessionLoadError query={query} /> : <Loading />}
      </Page>
    )
  }

  const title = t('session.title', { number: session.number })
  const finalised = session.status === 'finalised'
  return (
    <Page
      title={title}
      breadcrumbs={
        <CentreCrumbs centreId={centreId} centreName={membership.centreName} trail={[{ label: title }]} />
      }
      data-testid="session-page"
      className="session-page"
    >
      <p className="session-page__status">
        <Tag tone={statusTone[session.status]} data-testid="session-status">
          {t(statusLabel[session.status])}
        </Tag>
        <span className="muted">{t('session.candidateCount', { count: session.candidateCount })}</span>
      </p>
      {notice?.kind === 'sessionCreated' && (
        <Alert tone="success" data-testid="notice">
          {t('session.created', { number: notice.number })}
        </Alert>
      )}
      {notice?.kind === 'sessionUpdated' && (
        <Alert tone="success" data-testid="notice">
          {t('session.updated')}
        </Alert>
      )}
      {notice?.kind === 'sessionFinalised' && (
        <Alert tone="success" data-testid="notice">
          {t('session.finalised')}
        </Alert>
      )}
      {finalised && notice?.kind !== 'sessionFinalised' && (
        <Alert tone="info">{t('session.finalisedNote')}</Alert>
      )}
      {!session.extensionRequired && (
        <Alert tone="info" data-testid="extension-not-required">
          {t('session.extensionNotRequired')}
        </Alert>
      )}

      <div className="session-overview">
        <section className="session-overview__details" aria-labelledby="details-title">
          <h2 id="details-title" className="section__title">
            {t('session.details')}
          </h2>
          <SessionDetails session={session} />
          {!finalised && (
            <div className="page-actions">
              <LinkButton
                href={centrePaths.editSession(centreId, session.id)}
                variant="secondary"
                data-testid="edit-session"
              >
                {t('session.edit')}
              </LinkButton>
              {session.startedCount === 0 && (
                <Button
                  variant="ghost"
                  className="button--ghost-danger"
                  onPress={() => {
                    remove.reset()
                    setConfirmDelete(true)
                  }}
                  data-testid="delete-session"
                >
                  {t('session.delete')}
                </Button>
              )}
            </div>
          )}
        </section>
        <SessionCodes session={session} centreId={centreId} />
        <Downloads session={session} />
      </div>

      <AfterSession session={session} centreId={centreId} />
      <CandidatesSection session={session} centreId={centreId} />

      <ConfirmDialog
        isOpen={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t('session.delete.title', { number: session.number })}
        confirmLabel={t('session.delete')}
        tone="danger"
        onConfirm={() => remove.mutate()}
        isPending={remove.isPending}
        error={
          remove.isError ? describeError(t, remove.error, { conflict: 'session.delete.conflict' }) : null
        }
        data-testid="delete-session-dialog"
      >
        <p>{t('session.delete.body', { count: session.candidateCount })}</p>
      </ConfirmDialog>
    </Page>
  )
}
