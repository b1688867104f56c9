import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Candidate, Session } from '@vigie/contract'
import { useRef, useState } from 'react'
import { useI18n, useT } from '../i18n'
import {
  ActionMenu,
  Alert,
  Button,
  ConfirmDialog,
  LoadError,
  Loading,
  Section,
  Tag,
  useMediaQuery,
} from '../ui'
import { centreApi, refreshSession, useCandidates } from './api'
import { CandidateFormDialog } from './CandidateFormDialog'
import { describeError } from './errors'
import { formatShortDate } from './format'
import { ImportDialog } from './ImportDialog'

/** "DURAND Simon", as the guide writes candidates. */
export const candidateName = (candidate: Pick<Candidate, 'firstName' | 'lastName'>) =>
  `${candidate.lastName.toLocaleUpperCase('fr')} ${candidate.firstName}`

function CandidateTags({ candidate }: { candidate: Candidate }) {
  const t = useT()
  const tags: React.ReactNode[] = []
  if (candidate.extraTimePercentage > 0)
    tags.push(
      <Tag key="extra" tone="warning">
        {t('candidate.extraTime', { percent: candidate.extraTimePercentage })}
      </Tag>,
    )
  if (candidate.complementaryCertification)
    tags.push(
      <Tag key="certification" tone="info">
        {t('candidate.certification', { name: candidate.complementaryCertification })}
      </Tag>,
    )
  if (candidate.accessibilityAdjustment)
    tags.push(
      <Tag key="accessibility" tone="neutral">
        {t('candidate.accessibility')}
      </Tag>,
    )
  if (tags.length === 0) return null
  return <span className="candidate-tags">{tags}</span>
}

function CandidateState({ candidate }: { candidate: Candidate }) {
  const t = useT()
  if (candidate.started) return <Tag tone="info">{t('candidate.state.started')}</Tag>
  if (candidate.joined) return <Tag tone="success">{t('candidate.state.joined')}</Tag>
  return <span className="muted">{t('candidate.state.enrolled')}</span>
}

type Action = { kind: 'edit' | 'remove'; candidate: Candidate }

function CandidateActions({
  candidate,
  onAction,
}: {
  candidate: Candidate
  onAction: (action: Action) => void
}) {
  const t = useT()
  return (
    <ActionMenu
      label={t('candidate.actions', { name: candidateName(candidate) })}
      items={[
        { id: 'edit', label: t('candidate.edit') },
        {
          id: 'remove',
          label: candidate.started ? t('candidate.remove.started') : t('candidate.remove'),
          tone: 'danger',
          isDisabled: candidate.started,
        },
      ]}
      onAction={(key) => onAction({ kind: key as Action['kind'], candidate })}
      data-testid="candidate-actions"
    />
  )
}

function CandidateTable({
  candidates,
  onAction,
  editable,
}: {
  candidates: readonly Candidate[]
  onAction: (action: Action) => void
  editable: boolean
}) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <div className="table-wrap">
      <table className="table" data-testid="candidate-table">
        <caption className="visually-hidden">{t('candidates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('candidate.field.lastName')}</th>
            <th scope="col">{t('candidate.field.firstName')}</th>
            <th scope="col">{t('candidate.field.birthdate')}</th>
            <th scope="col">{t('candidates.column.details')}</th>
            <th scope="col">{t('candidates.column.state')}</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t('candidates.column.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr key={candidate.id} data-testid="candidate-row">
              <th scope="row" className="table__name">
                {candidate.lastName.toLocaleUpperCase('fr')}
              </th>
              <td>{candidate.firstName}</td>
              <td className="table__nowrap">{formatShortDate(i18n, candidate.birthdate)}</td>
              <td>
                <CandidateTags candidate={candidate} />
              </td>
              <td>
                <CandidateState candidate={candidate} />
              </td>
              {editable && (
                <td className="table__actions">
                  <CandidateActions candidate={candidate} onAction={onAction} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function CandidateCards({
  candidates,
  onAction,
  editable,
}: {
  candidates: readonly Candidate[]
  onAction: (action: Action) => void
  editable: boolean
}) {
  const i18n = useI18n()
  return (
    <ul className="candidate-cards" data-testid="candidate-cards">
      {candidates.map((candidate) => (
        <li key={candidate.id} className="candidate-card" data-testid="candidate-row">
          <div className="candidate-card__head">
            <div>
              <p className="candidate-card__name">{candidateName(candidate)}</p>
              <p className="candidate-card__birthdate">{formatShortDate(i18n, candidate.birthdate)}</p>
            </div>
            {editable && <CandidateActions candidate={candidate} onAction={onAction} />}
          </div>
          <CandidateTags candidate={candidate} />
          <div>
            <CandidateState candidate={candidate} />
          </div>
        </li>
      ))}
    </ul>
  )
}

/** The session's candidates: the list, "Ajouter un candidat", "Importer une liste", edit, remove. */
export function CandidatesSection({ session, centreId }: { session: Session; centreId: string }) {
  const t = useT()
  const queryClient = useQueryClient()
  const candidates = useCandidates(session.id)
  const wide = useMediaQuery('(min-width: 48em)')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [adding, setAdding] = useState(false)
  const [importing, setImporting] = useState(false)
  // The candidate acted on stays set while its dialog closes (the exit animation shows it).
  const [editing, setEditing] = useState<Candidate | null>(null)
  const [editOpen, setEditOpen] = useState(false)
  const [removing, setRemoving] = useState<Candidate | null>(null)
  const [removeOpen, setRemoveOpen] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const editable = session.status !== 'finalised'

  const remove = useMutation({
    mutationFn: (candidate: Candidate) => centreApi.removeCandidate(session.id, candidate.id),
    onSuccess: async (_, candidate) => {
      await refreshSession(queryClient, centreId, session.id)
      setRemoveOpen(false)
      setMessage(t('candidate.removed', { name: candidateName(candidate) }))
      // The row (and its menu button) is gone: continue from the list's title.
      headingRef.current?.focus()
    },
  })

  const list = candidates.data ?? []
  const anyJoined = list.some((candidate) => candidate.joined)
  const onAction = (next: Action) => {
    setMessage(null)
    if (next.kind === 'edit') {
      setEditing(next.candidate)
      setEditOpen(true)
      return
    }
    remove.reset()
    setRemoving(next.candidate)
    setRemoveOpen(true)
  }

  let content: React.ReactNode
  if (candidates.data) {
    content =
      list.length === 0 ? (
        <Alert tone="info" data-testid="candidates-empty">
          {editable ? t('candidates.empty') : t('candidates.none')}
        </Alert>
      ) : wide ? (
        <CandidateTable candidates={list} onAction={onAction} editable={editable} />
      ) : (
        <CandidateCards candidates={list} onAction={onAction} editable={editable} />
      )
  } else if (candidates.isError) {
    content = (
      <LoadError
        title={t('candidates.loadError')}
        message={describeError(t, candidates.error)}
        onRetry={() => candidates.refetch()}
        isRetrying={candidates.isFetching}
      />
    )
  } else {
    content = <Loading />
  }

  return (
    <Section
      title={t('candidates.title', { count: candidates.data ? list.length : session.candidateCount })}
      headingRef={headingRef}
      data-testid="candidates"
      actions={
        editable && (
          <>
            <Button
              onPress={() => {
                setMessage(null)
                setAdding(true)
              }}
              data-testid="add-candidate"
            >
              {t('candidates.add')}
            </Button>
            <Button
              variant="secondary"
              onPress={() => {
                setMessage(null)
                setImporting(true)
              }}
              data-testid="import-candidates"
            >
              {t('candidates.import')}
            </Button>
          </>
        )
      }
    >
      {message && (
        <Alert tone="success" className="candidates__message" data-testid="candidates-message">
          {message}
        </Alert>
      )}
      {content}

      <CandidateFormDialog
        isOpen={adding}
        onOpenChange={setAdding}
        session={session}
        centreId={centreId}
        onSaved={(candidate) => {
          setAdding(false)
          setMessage(t('candidate.added', { name: candidateName(candidate) }))
        }}
      />
      <CandidateFormDialog
        isOpen={editOpen}
        onOpenChange={setEditOpen}
        session={session}
        centreId={centreId}
        candidate={editing ?? undefined}
        onSaved={(candidate) => {
          setEditOpen(false)
          setMessage(t('candidate.updated', { name: candidateName(candidate) }))
        }}
      />
      <ImportDialog
        isOpen={importing}
        onOpenChange={setImporting}
        session={session}
        centreId={centreId}
        currentCount={list.length}
        locked={anyJoined}
        onImported={(count) => {
          setImporting(false)
          setMessage(t('import.success', { count }))
        }}
      />
      <ConfirmDialog
        isOpen={removeOpen}
        onOpenChange={setRemoveOpen}
        title={removing ? t('candidate.remove.title', { name: candidateName(removing) }) : ''}
        confirmLabel={t('candidate.remove')}
        tone="danger"
        onConfirm={() => removing && remove.mutate(removing)}
        isPending={remove.isPending}
        error={
          remove.isError ? describeError(t, remove.error, { conflict: 'candidate.remove.conflict' }) : null
        }
        data-testid="remove-candidate-dialog"
      >
        <p>{t('candidate.remove.body')}</p>
      </ConfirmDialog>
    </Section>
  )
}
