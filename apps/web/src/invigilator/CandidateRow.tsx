import type { InvigilatedCandidate } from '@vigie/contract'
import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import { Button, cx, Tag, type TagTone } from '../ui'
import { CandidateMenu } from './CandidateMenu'
import { displayName, formatBirthdate } from './format'
import {
  type Attention,
  attentionOf,
  disconnectedMinutes,
  overtimeMinutes,
  type TestRoomStatus,
} from './room'

const statusTone: Record<TestRoomStatus, TagTone> = {
  in_progress: 'info',
  signalement: 'danger',
  extension: 'danger',
  resume_authorised: 'success',
  ended: 'neutral',
}

/** The row's colour: red when the candidate is blocked until an invigilator acts, amber when to keep an eye on. */
const rowTone: Record<Attention, 'danger' | 'warning'> = {
  signalement: 'danger',
  extension: 'danger',
  disconnected: 'warning',
  overtime: 'warning',
}

/**
 * One compact row of the candidate list: who, their times, their status in words and colour (with
 * what needs the invigilator: a disconnection, overtime), then the action or the "⋮" menu.
 */
export function CandidateRow({
  sessionId,
  candidate,
  now,
  time,
  pending,
  onPresence,
  onDone,
}: {
  sessionId: string
  candidate: InvigilatedCandidate
  /** The server's time, ticking: disconnection, overtime and expired confirmations appear without events. */
  now: number
  time: (iso: string) => string
  pending: boolean
  onPresence: (confirm: boolean) => void
  onDone: (message: string) => void
}) {
  const t = useT()
  const name = displayName(candidate)
  const { test } = candidate
  const attention = attentionOf(candidate, now)
  const disconnected = disconnectedMinutes(test, now)
  const overtime = overtimeMinutes(test, now)
  const running = test?.status === 'started'
  const nameRef = useFocusKeptWhenMenuGoes(running)

  let status: React.ReactNode
  let actions: React.ReactNode = null
  if (candidate.status !== 'not_started') {
    status = <Tag tone={statusTone[candidate.status]}>{t(`invigilator.status.${candidate.status}`)}</Tag>
  } else if (candidate.presenceConfirmed) {
    const expired = candidate.presenceValidUntil !== null && Date.parse(candidate.presenceValidUntil) <= now
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
    <li
      className={cx('invigilation__row', attention && `invigilation__row--${rowTone[attention]}`)}
      data-testid="candidate-row"
      data-candidate={name}
    >
      <span className="invigilation__name" tabIndex={-1} ref={nameRef}>
        {name}
      </span>
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
      <span className="invigilation__times" data-testid="candidate-times">
        {test &&
          (test.endedAt
            ? t('invigilator.candidate.timesEnded', { start: time(test.startedAt), end: time(test.endedAt) })
            : t('invigilator.candidate.times', {
                start: time(test.startedAt),
                end: time(test.theoreticalEndAt),
              }))}
      </span>
      <span className="invigilation__status">
        <span data-testid="candidate-status">{status}</span>
        {disconnected !== null && (
          <Tag tone="warning" data-testid="candidate-disconnected">
            {t('invigilator.candidate.disconnected', { count: disconnected })}
          </Tag>
        )}
        {overtime !== null && (
          <Tag tone="warning" data-testid="candidate-overtime">
            {t('invigilator.candidate.overtime', { count: overtime })}
          </Tag>
        )}
      </span>
      <span className={cx('invigilation__actions', test && 'invigilation__actions--menu')}>
        {running && (
          <span className="invigilation__progress">
            {t('invigilator.candidate.progress', {
              number: Math.min(test.answered + 1, test.totalQuestions),
              total: test.totalQuestions,
            })}
          </span>
        )}
        {test ? (
          <CandidateMenu
            sessionId={sessionId}
            candidate={candidate}
            test={test}
            time={time}
            onDone={onDone}
          />
        ) : (
          actions
        )}
      </span>
    </li>
  )
}

/**
 * When the "⋮" button goes (the test has ended) while it had focus, or was about to get it back
 * from the dialog that ended the test, focus would fall to the top of the page: keep it on the row.
 */
function useFocusKeptWhenMenuGoes(hasMenu: boolean) {
  const name = useRef<HTMLSpanElement>(null)
  const had = useRef(hasMenu)
  useEffect(() => {
    const gone = had.current && !hasMenu
    had.current = hasMenu
    if (!gone) return
    const rescue = () => {
      const active = document.activeElement
      if (!active || active === document.body) name.current?.focus()
    }
    // The closing dialog hands focus back a moment later (after its exit animation): check then too.
    const timers = [0, 250, 500].map((delay) => setTimeout(rescue, delay))
    return () => {
      for (const timer of timers) clearTimeout(timer)
    }
  }, [hasMenu])
  return name
}
