import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InvigilatedCandidate, InvigilationSession } from '@vigie/contract'
import { useEffect, useId, useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { ApiError, errorMessage, type LiveHandlers, useLiveEvents } from '../api'
import { type Translate, useT } from '../i18n'
import { Alert, LinkButton, LiveBanner, LoadError, Loading, Page, TextField, useDocumentTitle } from '../ui'
import { candidateEvents, invigilationApi, invigilationKeys } from './api'
import { CandidateRow } from './CandidateRow'
import { displayName } from './format'
import { JournalPanel } from './JournalPanel'
import { invigilatorHome } from './paths'

/** Lower-case, without accents: "Clément" matches "clement". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr-FR')

/** The current time, refreshed every `everyMs` (to notice expired presence confirmations). */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

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
  const handlers = useMemo<LiveHandlers>(() => {
    const invalidate = () => {
      void queryClient.invalidateQueries({ queryKey: invigilationKeys.candidates(sessionId) })
      void queryClient.invalidateQueries({ queryKey: invigilationKeys.journal(sessionId) })
    }
    return Object.fromEntries(candidateEvents.map((type) => [type, invalidate]))
  }, [queryClient, sessionId])
  const { status } = useLiveEvents(session.data ? `session:${sessionId}` : null, handlers, {
    onResume: () => void refresh(),
  })

  if (session.isPending) return <Loading />
  if (session.isError) {
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
      </header>
      {liveBanner}
      {session.finalised && <Alert tone="warning">{t('invigilator.session.finalised')}</Alert>}
      <CandidatesPanel sessionId={sessionId} />
      <JournalPanel sessionId={sessionId} timeZone={session.timeZone} />
    </div>
  )
}

function CandidatesPanel({ sessionId }: { sessionId: string }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [query, setQuery] = useState('')
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const now = useNow(15_000)
  const headingId = useId()
  const candidates = useQuery({
    queryKey: invigilationKeys.candidates(sessionId),
    queryFn: ({ signal }) => invigilationApi.candidates(sessionId, signal),
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: invigilationKeys.session(sessionId) })

  const onError = (error: unknown, conflictKey: 'presenceConflict' | 'resumeConflict') => {
    setNotice({ tone: 'error', text: describe(t, error, conflictKey) })
    void refresh()
  }
  const presence = useMutation({
    mutationFn: ({ candidate, confirm }: { candidate: InvigilatedCandidate; confirm: boolean }) =>
      confirm
        ? invigilationApi.confirmPresence(sessionId, candidate.id)
        : invigilationApi.cancelPresence(sessionId, candidate.id),
    onMutate: () => setNotice(null),
    onSuccess: () => refresh(),
    onError: (error) => onError(error, 'presenceConflict'),
  })
  const resume = useMutation({
    mutationFn: (candidate: InvigilatedCandidate) => invigilationApi.authoriseResume(sessionId, candidate.id),
    onMutate: () => setNotice(null),
    onSuccess: (_, candidate) => {
      setNotice({
        tone: 'success',
        text: t('invigilator.candidate.resumed', { name: displayName(candidate) }),
      })
      return refresh()
    },
  })

  const list = candidates.data ?? []
  const selected = list.filter((c) => c.presenceConfirmed || c.started).length
  const folded = fold(query.trim())
  const shown = folded
    ? list.filter((c) => fold(`${c.lastName} ${c.firstName} ${c.firstName} ${c.lastName}`).includes(folded))
    : list

  return (
    <section className="invigilation__candidates" aria-labelledby={headingId}>
      <div className="invigilation__bar">
        <div className="invigilation__titles">
          <h2 id={headingId} className="invigilation__h2">
            {t('invigilator.candidates.title')}
          </h2>
          <p className="invigilation__count" aria-live="polite" data-testid="candidates-count">
            {t('invigilator.candidates.count', { count: selected, total: list.length })}
          </p>
          <p className="invigilation__lead">{t('invigilator.candidates.lead')}</p>
        </div>
        <TextField
          className="invigilation__search"
          label={t('invigilator.candidates.search')}
          type="search"
          value={query}
          onChange={setQuery}
          autoComplete="off"
        />
      </div>
      {notice && (
        <Alert tone={notice.tone} data-testid="candidates-notice">
          {notice.text}
        </Alert>
      )}
      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <LoadError
          title={t('invigilator.candidates.loadError')}
          message={errorMessage(t, candidates.error)}
          onRetry={() => candidates.refetch()}
          isRetrying={candidates.isFetching}
        />
      ) : list.length === 0 ? (
        <p>{t('invigilator.candidates.none')}</p>
      ) : shown.length === 0 ? (
        <p>{t('invigilator.candidates.noMatch', { query: query.trim() })}</p>
      ) : (
        <ul className="invigilation__list" data-testid="candidates">
          {shown.map((candidate) => (
            <CandidateRow
              key={candidate.id}
              candidate={candidate}
              now={now}
              pending={
                (presence.isPending && presence.variables?.candidate.id === candidate.id) ||
                (resume.isPending && resume.variables?.id === candidate.id)
              }
              onPresence={(confirm) => presence.mutate({ candidate, confirm })}
              onResume={() =>
                resume.mutateAsync(candidate).catch((error: unknown) => {
                  void refresh()
                  throw new Error(describe(t, error, 'resumeConflict'))
                })
              }
            />
          ))}
        </ul>
      )}
    </section>
  )
}

function describe(t: Translate, error: unknown, conflictKey: 'presenceConflict' | 'resumeConflict'): string {
  if (error instanceof ApiError && error.code === 'conflict') return t(`invigilator.candidate.${conflictKey}`)
  return errorMessage(t, error)
}
