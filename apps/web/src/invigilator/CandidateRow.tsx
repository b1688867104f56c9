import type { InvigilatedCandidate } from '@vigie/contract'
import { useState } from 'react'
import { useT } from '../i18n'
import { ActionMenu, Button, ConfirmDialog, MenuItem, Tag } from '../ui'
import { displayName } from './format'

/** "2006-03-14" → "14/03/2006", whatever the browser's language or time zone. */
const formatBirthdate = (isoDate: string) => {
  const [year, month, day] = isoDate.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/** One compact row of the candidate list: who, then their status in words and colour, then the action. */
export function CandidateRow({
  candidate,
  now,
  pending,
  onPresence,
  onResume,
}: {
  candidate: InvigilatedCandidate
  now: number
  pending: boolean
  onPresence: (confirm: boolean) => void
  /** Rejects with the message to show in the dialog. */
  onResume: () => Promise<unknown>
}) {
  const t = useT()
  const name = displayName(candidate)
  const [confirming, setConfirming] = useState(false)
  const [resumeError, setResumeError] = useState<string | null>(null)
  const [resuming, setResuming] = useState(false)
  const expired =
    candidate.presenceConfirmed &&
    candidate.presenceValidUntil !== null &&
    Date.parse(candidate.presenceValidUntil) <= now

  let status: React.ReactNode
  let actions: React.ReactNode
  if (candidate.started) {
    status = <Tag tone="info">{t('invigilator.candidate.started')}</Tag>
    actions = (
      <ActionMenu
        label={t('invigilator.candidate.actions', { name })}
        data-testid="candidate-menu"
        onAction={(key) => {
          if (key === 'resume') {
            setResumeError(null)
            setConfirming(true)
          }
        }}
      >
        <MenuItem id="resume">{t('invigilator.candidate.resume')}</MenuItem>
      </ActionMenu>
    )
  } else if (candidate.presenceConfirmed) {
    status = expired ? (
      <Tag tone="warning">{t('invigilator.candidate.expired')}</Tag>
    ) : (
      <Tag tone="success">{t('invigilator.candidate.confirmed')}</Tag>
    )
    actions = (
      <>
        {expired && (
          <Button
            variant="primary"
            className="invigilation__action"
            aria-label={t('invigilator.candidate.confirmFor', { name })}
            isPending={pending}
            onPress={() => onPresence(true)}
          >
            {t('invigilator.candidate.confirm')}
          </Button>
        )}
        <Button
          variant="secondary"
          className="invigilation__action"
          aria-label={t('invigilator.candidate.cancelFor', { name })}
          isPending={pending && !expired}
          isDisabled={pending}
          onPress={() => onPresence(false)}
          data-testid="cancel-presence"
        >
          {t('invigilator.candidate.cancel')}
        </Button>
      </>
    )
  } else {
    status = <Tag tone="neutral">{t('invigilator.candidate.waiting')}</Tag>
    actions = (
      <Button
        variant="primary"
        className="invigilation__action"
        aria-label={t('invigilator.candidate.confirmFor', { name })}
        isPending={pending}
        onPress={() => onPresence(true)}
        data-testid="confirm-presence"
      >
        {t('invigilator.candidate.confirm')}
      </Button>
    )
  }

  return (
    <li className="invigilation__row" data-testid="candidate-row" data-candidate={name}>
      <span className="invigilation__name">{name}</span>
      <span className="invigilation__birthdate">
        <span className="visually-hidden">{t('invigilator.candidate.birthdate')} </span>
        {formatBirthdate(candidate.birthdate)}
      </span>
      <span className="invigilation__tags">
        {candidate.complementaryCertification && (
          <Tag tone="neutral">
            {t('invigilator.candidate.complementary', { name: candidate.complementaryCertification })}
          </Tag>
        )}
        {candidate.extraTimePercentage > 0 && (
          <Tag tone="neutral">
            {t('invigilator.candidate.extraTime', { percent: candidate.extraTimePercentage })}
          </Tag>
        )}
      </span>
      <span className="invigilation__status" data-testid="candidate-status">
        {status}
      </span>
      <span className="invigilation__actions">{actions}</span>
      {candidate.started && (
        <ConfirmDialog
          isOpen={confirming}
          onOpenChange={setConfirming}
          title={t('invigilator.candidate.resumeTitle')}
          confirmLabel={t('invigilator.candidate.resume')}
          isPending={resuming}
          error={resumeError}
          onConfirm={() => {
            setResuming(true)
            onResume()
              .then(() => setConfirming(false))
              .catch((error: unknown) =>
                setResumeError(error instanceof Error ? error.message : String(error)),
              )
              .finally(() => setResuming(false))
          }}
          data-testid="resume-dialog"
        >
          <p>{t('invigilator.candidate.resumeBody', { name })}</p>
        </ConfirmDialog>
      )}
    </li>
  )
}
