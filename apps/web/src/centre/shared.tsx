/** Pieces shared by the Espace centre's pages. */
import type { UseQueryResult } from '@tanstack/react-query'
import type { Session } from '@vigie/contract'
import { useLocation, useParams } from 'react-router'
import { useMe } from '../api'
import { paths } from '../app/paths'
import { useT } from '../i18n'
import { Alert, Breadcrumbs, type Crumb, LoadError, Page, TextLink } from '../ui'
import { describeError } from './errors'

/** A message for the page a change led to (set as the navigation's `state`). */
export type CentreNotice =
  | { kind: 'sessionCreated'; number: string }
  | { kind: 'sessionUpdated' }
  | { kind: 'sessionDeleted'; number: string }
  | { kind: 'joined' }
  | { kind: 'sessionFinalised' }

export function useNotice(): CentreNotice | null {
  const state = useLocation().state as { notice?: CentreNotice } | null
  return state?.notice ?? null
}

export const centrePaths = {
  home: paths.centreHome,
  newSession: (centreId: string) => `${paths.centreHome(centreId)}/sessions/nouvelle`,
  session: (centreId: string, sessionId: string) =>
    `${paths.centreHome(centreId)}/sessions/${encodeURIComponent(sessionId)}`,
  editSession: (centreId: string, sessionId: string) =>
    `${paths.centreHome(centreId)}/sessions/${encodeURIComponent(sessionId)}/modifier`,
  finalisation: (centreId: string, sessionId: string) =>
    `${paths.centreHome(centreId)}/sessions/${encodeURIComponent(sessionId)}/finalisation`,
  results: (centreId: string, sessionId: string) =>
    `${paths.centreHome(centreId)}/sessions/${encodeURIComponent(sessionId)}/resultats`,
  members: (centreId: string) => `${paths.centreHome(centreId)}/membres`,
  /** The Espace Surveillant's entry, with the session number filled in. */
}

/** The route's centre, as the signed-in user's membership (undefined: not a member). */
export function useCentre() {
  const centreId = useParams().centreId ?? ''
  const membership = useMe().data?.memberships.find((m) => m.centreId === centreId)
  return { centreId, membership }
}

/** "Vos centres / <centre> / …": the trail above each page of a centre. */
export function CentreCrumbs({
  centreId,
  centreName,
  trail = [],
}: {
  centreId: string
  centreName: string
  trail?: readonly Crumb[]
}) {
  const t = useT()
  const items: Crumb[] = [
    { label: t('centre.crumb'), href: paths.centre },
    ...(trail.length > 0
      ? [{ label: centreName, href: paths.centreHome(centreId) }, ...trail]
      : [{ label: centreName }]),
  ]
  return <Breadcrumbs label={t('nav.breadcrumbs')} items={items} />
}

/** "… / Session N / <page>": the trail above a page about one session (without its link until it is read). */
export function SessionCrumbs({
  centreId,
  centreName,
  session,
  page,
}: {
  centreId: string
  centreName: string
  session: Session | undefined
  page: string
}) {
  const t = useT()
  const sessionCrumb = session && {
    label: t('session.title', { number: session.number }),
    href: centrePaths.session(centreId, session.id),
  }
  return (
    <CentreCrumbs
      centreId={centreId}
      centreName={centreName}
      trail={sessionCrumb ? [sessionCrumb, { label: page }] : [{ label: page }]}
    />
  )
}

/** The session could not be read (unknown to this centre, or the network): why, and "Réessayer". */
export function SessionLoadError({ query }: { query: UseQueryResult<Session> }) {
  const t = useT()
  return (
    <LoadError
      title={t('session.loadError')}
      message={describeError(t, query.error, { not_found: 'session.notFound' })}
      onRetry={() => query.refetch()}
      isRetrying={query.isFetching}
    />
  )
}

/** A page for a centre the user is not a member of (or that does not exist). */
export function CentreNotFound() {
  const t = useT()
  return (
    <Page title={t('centre.area')} data-testid="centre-not-found">
      <Alert tone="error">{t('centre.notFound')}</Alert>
      <p className="section">
        <TextLink href={paths.centre} standalone>
          ← {t('centre.backToList')}
        </TextLink>
      </p>
    </Page>
  )
}
