import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { InvigilationSession } from '@vigie/contract'
import { useMemo } from 'react'
import { useParams } from 'react-router'
import { ApiError, errorMessage, useLiveEvents } from '../api'
import { useT } from '../i18n'
import { Alert, LinkButton, LiveBanner, Loading, Page, useDocumentTitle } from '../ui'
import { invigilationApi, invigilationKeys } from './api'
import { CandidatesPanel } from './CandidatesPanel'
import { JournalPanel } from './JournalPanel'
import { roomEventHandlers } from './live'
import { invigilatorHome } from './paths'

/** The Espace Surveillant's dashboard: the session's header, its candidates (live) and the journal. */
export function SessionPage() {
  const t = useT()
  const { sessionId = '' } = useParams()
  const queryClient = useQueryClient()
  const session = useQuery({
    queryKey: invigilationKeys.session(sessionId),
    queryFn: ({ signal }) => invigilationApi.session(sessionId, signal),
    retry: (count, error) => !(error instanceof ApiError && error.statusCode < 500) && count < 2,
  })

  const refresh = () => queryClient.invalidateQueries({ queryKey: invigilationKeys.session(sessionId) })
  const handlers = useMemo(() => roomEventHandlers(queryClient, sessionId), [queryClient, sessionId])
  const { status } = useLiveEvents(session.data ? `session:${sessionId}` : null, handlers, {
    onResume: () => void refresh(),
  })

  if (session.isPending) return <Loading />
  // A failed refresh keeps the dashboard as it was (the live banner says the connection is down).
  if (!session.data) {
    return (
      <Page title={t('invigilator.title')} width="narrow">
        <Alert
          tone="error"
          title={t('invigilator.session.loadError')}
          action={<LinkButton href={invigilatorHome}>{t('invigilator.session.leave')}</LinkButton>}
        >
          {errorMessage(t, session.error)}
        </Alert>
      </Page>
    )
  }
  return (
    <Dashboard session={session.data} sessionId={sessionId} liveBanner={<LiveBanner status={status} />} />
  )
}

function Dashboard({
  session,
  sessionId,
  liveBanner,
}: {
  session: InvigilationSession
  sessionId: string
  liveBanner: React.ReactNode
}) {
  const t = useT()
  useDocumentTitle(t('invigilator.session.title', { number: session.number }))
  return (
    <div className="invigilation" data-testid="invigilator-session">
      <header className="invigilation__header">
        <div className="invigilation__id">
          <h1 className="invigilation__title" tabIndex={-1}>
            {t('invigilator.session.title', { number: session.number })}
          </h1>
          <p className="invigilation__centre">{session.centreName}</p>
        </div>
        <dl className="invigilation__facts">
          <div>
            <dt>{t('invigilator.session.site')}</dt>
            <dd>{session.site}</dd>
          </div>
          <div>
            <dt>{t('invigilator.session.room')}</dt>
            <dd>{session.room}</dd>
          </div>
          <div>
            <dt>{t('invigilator.session.invigilators')}</dt>
            <dd>{session.invigilatorNames}</dd>
          </div>
          <div className="invigilation__code">
            <dt>{t('invigilator.session.accessCode')}</dt>
            <dd data-testid="access-code">{session.accessCode}</dd>
          </div>
        </dl>
        <LinkButton href={invigilatorHome} variant="secondary" className="invigilation__leave">
          {t('invigilator.session.leave')}
        </LinkButton>
        {!session.extensionRequired && (
          <p className="invigilation__note" data-testid="extension-not-required">
            {t('invigilator.session.extensionNotRequired')}
          </p>
        )}
      </header>
      {liveBanner}
      {session.finalised && <Alert tone="warning">{t('invigilator.session.finalised')}</Alert>}
      <CandidatesPanel sessionId={sessionId} timeZone={session.timeZone} />
      <JournalPanel sessionId={sessionId} timeZone={session.timeZone} />
    </div>
  )
}
