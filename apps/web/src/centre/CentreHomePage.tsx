import type { SessionSummary } from '@vigie/contract'
import { Link } from 'react-aria-components'
import { useI18n } from '../i18n'
import { Alert, LinkButton, LoadError, Loading, Page, Section, Tag } from '../ui'
import { useSessions } from './api'
import { describeError } from './errors'
import { formatLongDate, roomLabel, splitSessions, statusLabel, statusTone } from './format'
import { CentreCrumbs, CentreNotFound, centrePaths, useCentre, useNotice } from './shared'

function SessionCard({ centreId, session }: { centreId: string; session: SessionSummary }) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <li className="session-card" data-testid="session-card">
      <div className="session-card__top">
        <Tag tone={statusTone[session.status]}>{t(statusLabel[session.status])}</Tag>
        <span className="session-card__number">{t('session.numberShort', { number: session.number })}</span>
      </div>
      <h3 className="session-card__title">
        <Link href={centrePaths.session(centreId, session.id)} className="session-card__link">
          {t('session.when', { date: formatLongDate(i18n, session.date), time: session.startTime })}
        </Link>
      </h3>
      <p className="session-card__place">
        {session.site}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        {roomLabel(session.room, t('session.field.room'))}
      </p>
      <p className="session-card__count">{t('session.candidateCount', { count: session.candidateCount })}</p>
    </li>
  )
}

function SessionCards({ centreId, sessions }: { centreId: string; sessions: readonly SessionSummary[] }) {
  return (
    <ul className="session-cards">
      {sessions.map((session) => (
        <SessionCard key={session.id} centreId={centreId} session={session} />
      ))}
    </ul>
  )
}

/** A centre's home in the Espace centre: its sessions (upcoming first), creating one, its members. */
export function CentreHomePage() {
  const { t } = useI18n()
  const { centreId, membership } = useCentre()
  const notice = useNotice()
  const sessions = useSessions(centreId)

  if (!membership) return <CentreNotFound />

  let list: React.ReactNode
  if (sessions.data) {
    const { upcoming, past } = splitSessions(sessions.data)
    list =
      sessions.data.length === 0 ? (
        <Section title={t('centre.home.sessions')}>
          <Alert tone="info" data-testid="sessions-empty">
            {t('centre.home.empty')}
          </Alert>
        </Section>
      ) : (
        <>
          {upcoming.length > 0 && (
            <Section title={t('centre.home.upcoming')} data-testid="sessions-upcoming">
              <SessionCards centreId={centreId} sessions={upcoming} />
            </Section>
          )}
          {past.length > 0 && (
            <Section title={t('centre.home.past')} data-testid="sessions-past">
              <SessionCards centreId={centreId} sessions={past} />
            </Section>
          )}
        </>
      )
  } else if (sessions.isError) {
    list = (
      <div className="section">
        <LoadError
          title={t('centre.home.loadError')}
          message={describeError(t, sessions.error)}
          onRetry={() => sessions.refetch()}
          isRetrying={sessions.isFetching}
        />
      </div>
    )
  } else {
    list = <Loading />
  }

  return (
    <Page
      title={membership.centreName}
      breadcrumbs={<CentreCrumbs centreId={centreId} centreName={membership.centreName} />}
      data-testid="centre-home"
    >
      <p className="centre-home__role">
        <Tag tone="neutral">{t('centre.area')}</Tag>{' '}
        <span className="muted">{t('centre.home.role', { role: t(`role.${membership.role}`) })}</span>
      </p>
      {notice?.kind === 'sessionDeleted' && (
        <Alert tone="success" data-testid="notice">
          {t('session.deleted', { number: notice.number })}
        </Alert>
      )}
      {notice?.kind === 'joined' && (
        <Alert tone="success" data-testid="notice">
          {t('centre.home.joined')}
        </Alert>
      )}
      <div className="page-actions">
        <LinkButton href={centrePaths.newSession(centreId)} variant="primary" data-testid="create-session">
          {t('centre.home.create')}
        </LinkButton>
        <LinkButton href={centrePaths.members(centreId)} variant="secondary" data-testid="members-link">
          {t('centre.home.members')}
        </LinkButton>
      </div>
      {list}
    </Page>
  )
}
