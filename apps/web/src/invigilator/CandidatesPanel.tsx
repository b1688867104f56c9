import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InvigilatedCandidate } from '@vigie/contract'
import { useId, useMemo, useState } from 'react'
import { ApiError, errorMessage } from '../api'
import { useT } from '../i18n'
import { Alert, Checkbox, LoadError, Loading, TextField } from '../ui'
import { invigilationApi, invigilationKeys } from './api'
import { CandidateRow } from './CandidateRow'
import { useServerNow } from './clock'
import { useSessionTime } from './format'
import { orderForInvigilator, someRunning, statusCounts } from './room'
import { useSignalementAlerts } from './useSignalementAlerts'

/** Lower-case, without accents: "Clément" matches "clement". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr-FR')

/**
 * While tests run, the list is read again this often. Events keep the rows up to date (an answer,
 * a page connecting or leaving: `SessionPage`), but two things come without one: a page renews its
 * "last seen" every 30 s without telling the room, and a server that dies tells nothing of the
 * pages it held. This read keeps a candidate who thinks over a question under the 60-s
 * "Déconnecté" mark, and shows a candidate whose server went away.
 */
const REFRESH_WHILE_RUNNING_MS = 20_000

/** "Candidats": who is in the room, what they need, counts per status, search, and the alert setting. */
export function CandidatesPanel({ sessionId, timeZone }: { sessionId: string; timeZone: string }) {
  const t = useT()
  const queryClient = useQueryClient()
  const [query, setQuery] = useState('')
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const now = useServerNow(15_000)
  const time = useSessionTime(timeZone)
  const headingId = useId()
  const candidates = useQuery({
    queryKey: invigilationKeys.candidates(sessionId),
    queryFn: ({ signal }) => invigilationApi.candidates(sessionId, signal),
    refetchInterval: (q) => (someRunning(q.state.data) ? REFRESH_WHILE_RUNNING_MS : false),
  })
  const { chimeOn, toggleChime, announcement } = useSignalementAlerts(candidates.data)
  const refresh = () => queryClient.invalidateQueries({ queryKey: invigilationKeys.session(sessionId) })

  const presence = useMutation({
    mutationFn: ({ candidate, confirm }: { candidate: InvigilatedCandidate; confirm: boolean }) =>
      confirm
        ? invigilationApi.confirmPresence(sessionId, candidate.id)
        : invigilationApi.cancelPresence(sessionId, candidate.id),
    onMutate: () => setNotice(null),
    onSuccess: () => refresh(),
    onError: (error) => {
      setNotice({
        tone: 'error',
        text:
          error instanceof ApiError && error.code === 'conflict'
            ? t('invigilator.candidate.presenceConflict')
            : errorMessage(t, error),
      })
      void refresh()
    },
  })

  const list = candidates.data ?? []
  const selected = list.filter((c) => c.presenceConfirmed || c.started).length
  const counts = statusCounts(list)
  const ordered = useMemo(() => orderForInvigilator(candidates.data ?? [], now), [candidates.data, now])
  const folded = fold(query.trim())
  const shown = folded
    ? ordered.filter((c) =>
        fold(`${c.lastName} ${c.firstName} ${c.firstName} ${c.lastName}`).includes(folded),
      )
    : ordered

  return (
    <section className="invigilation__candidates" aria-labelledby={headingId}>
      <div className="invigilation__bar invigilation__bar--candidates">
        <div className="invigilation__titles">
          <h2 id={headingId} className="invigilation__h2">
            {t('invigilator.candidates.title')}
          </h2>
          <p className="invigilation__count" aria-live="polite" data-testid="candidates-count">
            {t('invigilator.candidates.count', { count: selected, total: list.length })}
          </p>
          {counts.length > 0 && (
            <ul
              className="invigilation__counts"
              aria-label={t('invigilator.status.counts')}
              data-testid="status-counts"
            >
              {counts.map(([status, count]) => (
                <li key={status} className={`invigilation__counted invigilation__counted--${status}`}>
                  {t(`invigilator.status.${status}`)} <strong>{count}</strong>
                </li>
              ))}
            </ul>
          )}
        </div>
        <TextField
          className="invigilation__search"
          label={t('invigilator.candidates.search')}
          type="search"
          value={query}
          onChange={setQuery}
          autoComplete="off"
        />
        <p className="invigilation__lead">{t('invigilator.candidates.lead')}</p>
        <Checkbox className="invigilation__chime" isSelected={chimeOn} onChange={toggleChime}>
          {t('invigilator.signalement.sound')}
        </Checkbox>
      </div>
      <div className="visually-hidden" role="status" data-testid="room-announcement">
        {announcement}
      </div>
      {notice && (
        <Alert tone={notice.tone} data-testid="candidates-notice">
          {notice.text}
        </Alert>
      )}
      {candidates.isPending ? (
        <Loading />
      ) : !candidates.data ? (
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
              sessionId={sessionId}
              candidate={candidate}
              now={now}
              time={time}
              pending={presence.isPending && presence.variables?.candidate.id === candidate.id}
              onPresence={(confirm) => presence.mutate({ candidate, confirm })}
              onDone={(text) => setNotice({ tone: 'success', text })}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
