import type { Session } from '@vigie/contract'
import { useParams } from 'react-router'
import { Loading, Page } from '../ui'
import { useSession } from './api'
import { CentreNotFound, SessionCrumbs, SessionLoadError, useCentre } from './shared'

/**
 * A page about one step of a session (its finalisation, its results): reads the session, then shows
 * `children` for it; the title and the trail name the session once it is read.
 */
export function SessionSubpage({
  title,
  pageTitle,
  crumb,
  className,
  'data-testid': testId,
  children,
}: {
  /** The page's title once the session is read. */
  title: (session: Session) => string
  /** Until then. */
  pageTitle: string
  /** The page's own name in the trail. */
  crumb: string
  className: string
  'data-testid': string
  children: (session: Session) => React.ReactNode
}) {
  const { centreId, membership } = useCentre()
  const session = useSession(useParams().sessionId ?? '')
  if (!membership) return <CentreNotFound />
  return (
    <Page
      title={session.data ? title(session.data) : pageTitle}
      breadcrumbs={
        <SessionCrumbs
          centreId={centreId}
          centreName={membership.centreName}
          session={session.data}
          page={crumb}
        />
      }
      className={className}
      data-testid={testId}
    >
      {session.isError ? (
        <SessionLoadError query={session} />
      ) : session.data ? (
        children(session.data)
      ) : (
        <Loading />
      )}
    </Page>
  )
}
