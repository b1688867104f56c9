import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InvigilatedCandidate, RoomTest } from '@vigie/contract'
import { lazy, Suspense, useState } from 'react'
import { ApiError, errorMessage } from '../api'
import { type PlainMessageKey, useT } from '../i18n'
import { ActionMenu, type ActionMenuItem, ConfirmDialog, loadDialog } from '../ui'
import { invigilationApi, invigilationKeys } from './api'
import { displayName, fullName } from './format'

// Its radio group only shows once a signalement is being handled: it loads then, with the
// modal's code side by side rather than one after the other.
const SignalementDialog = lazy(() =>
  Promise.all([import('./SignalementDialog'), loadDialog()]).then(([module]) => ({
    default: module.SignalementDialog,
  })),
)

/** The actions confirmed with "Are you sure?" (the signalement has its own dialog). */
type Confirmed = 'extension' | 'resume' | 'end'
type Open =
  | { kind: Confirmed }
  | { kind: 'signalement'; signalement: NonNullable<RoomTest['signalement']> }
  | null

const conflictKey: Record<Confirmed, PlainMessageKey> = {
  extension: 'invigilator.extension.conflict',
  resume: 'invigilator.candidate.resumeConflict',
  end: 'invigilator.end.conflict',
}

/**
 * The "⋮" menu of a running test, with only the actions that apply now (as in the guide:
 * "Gérer un signalement", "Confirmer la présence de l'extension", "Autoriser la reprise du test",
 * "Terminer le test"), and their dialogs. The dialogs outlive the menu: a test that ends while one
 * is open (the last question neutralised, another invigilator) leaves it to say what happened.
 */
export function CandidateMenu({
  sessionId,
  candidate,
  test,
  time,
  onDone,
}: {
  sessionId: string
  candidate: InvigilatedCandidate
  test: RoomTest
  time: (iso: string) => string
  /** Says what was done, above the list. */
  onDone: (message: string) => void
}) {
  const t = useT()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<Open>(null)
  const name = fullName(candidate)
  const action = useMutation({
    mutationFn: (kind: Confirmed) =>
      kind === 'extension'
        ? invigilationApi.confirmExtension(sessionId, candidate.id)
        : kind === 'resume'
          ? invigilationApi.authoriseResume(sessionId, candidate.id)
          : invigilationApi.endTest(sessionId, candidate.id),
    onSuccess: (_, kind) => {
      setOpen(null)
      onDone(
        kind === 'extension'
          ? t('invigilator.extension.done', { name })
          : kind === 'resume'
            ? t('invigilator.candidate.resumed', { name })
            : t('invigilator.end.done', { name }),
      )
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: invigilationKeys.candidates(sessionId) }),
  })
  const failure =
    action.error instanceof ApiError && action.error.code === 'conflict' && action.variables
      ? t(conflictKey[action.variables])
      : action.error
        ? errorMessage(t, action.error)
        : null

  const confirm = (kind: Confirmed) => {
    action.reset()
    setOpen({ kind })
  }
  const dialog = (kind: Confirmed) => ({
    isOpen: open?.kind === kind,
    onOpenChange: (isOpen: boolean) => {
      if (!isOpen) setOpen(null)
    },
    isPending: action.isPending,
    error: failure,
    onConfirm: () => action.mutate(kind),
  })

  const actions: ActionMenuItem[] = [
    ...(test.signalement ? [{ id: 'signalement', label: t('invigilator.signalement.action') }] : []),
    ...(test.extensionMissingSince ? [{ id: 'extension', label: t('invigilator.extension.action') }] : []),
    { id: 'resume', label: t('invigilator.candidate.resume') },
    { id: 'end', label: t('invigilator.end.action'), tone: 'danger' },
  ]

  return (
    <>
      {test.status === 'started' && (
        <ActionMenu
          label={t('invigilator.candidate.actions', { name: displayName(candidate) })}
          data-testid="candidate-menu"
          items={actions}
          onAction={(key) => {
            if (key === 'signalement' && test.signalement)
              setOpen({ kind: 'signalement', signalement: test.signalement })
            else if (key === 'extension' || key === 'resume' || key === 'end') confirm(key)
          }}
        />
      )}
      {open?.kind === 'signalement' && (
        <Suspense fallback={null}>
          <SignalementDialog
            sessionId={sessionId}
            candidate={candidate}
            signalement={open.signalement}
            time={time}
            onClose={() => setOpen(null)}
          />
        </Suspense>
      )}
      <ConfirmDialog
        {...dialog('extension')}
        title={t('invigilator.extension.title')}
        confirmLabel={t('invigilator.extension.action')}
        data-testid="extension-dialog"
      >
        <p>{t('invigilator.extension.body', { name })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...dialog('resume')}
        title={t('invigilator.candidate.resumeTitle', { name })}
        confirmLabel={t('invigilator.candidate.resume')}
        data-testid="resume-dialog"
      >
        <p>{t('invigilator.candidate.resumeBody', { name })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...dialog('end')}
        tone="danger"
        title={t('invigilator.end.title', { name })}
        confirmLabel={t('invigilator.end.action')}
        data-testid="end-dialog"
      >
        <p>{t('invigilator.end.body')}</p>
      </ConfirmDialog>
    </>
  )
}
