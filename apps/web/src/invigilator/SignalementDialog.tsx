import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InvigilatedCandidate, RoomTest, SignalementCategory } from '@vigie/contract'
import { useEffect, useRef, useState } from 'react'
import { ApiError, errorMessage } from '../api'
import { type PlainMessageKey, useT } from '../i18n'
import { Alert, Button, cx, Dialog, RadioGroup } from '../ui'
import { invigilationApi, invigilationKeys } from './api'
import { fullName } from './format'

type Decision = 'validated' | 'refused'

/**
 * "Gérer un signalement": validate it with a category (the candidate gets another question) or
 * refuse it (they go back to the same one). The report is the one open when the dialog opened: if
 * another invigilator decides first, live or on pressing, this dialog says so instead of acting.
 */
export function SignalementDialog({
  sessionId,
  candidate,
  signalement,
  time,
  onClose,
}: {
  sessionId: string
  /** The candidate as the list shows them now (live). */
  candidate: InvigilatedCandidate
  signalement: NonNullable<RoomTest['signalement']>
  time: (iso: string) => string
  onClose: () => void
}) {
  const t = useT()
  const queryClient = useQueryClient()
  const [category, setCategory] = useState<SignalementCategory | null>(null)
  const decision = useMutation({
    mutationFn: async (decided: Decision): Promise<Decision> => {
      await invigilationApi.decideSignalement(
        sessionId,
        signalement.id,
        decided === 'validated' && category ? { decision: 'validated', category } : { decision: 'refused' },
      )
      return decided
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: invigilationKeys.candidates(sessionId) }),
  })

  const outcome = decision.data
  const refusedFor = decision.error instanceof ApiError ? decision.error.code : null
  // Someone got there first: the server says so, or the live list showed it before anything was pressed.
  const moot: PlainMessageKey | null =
    outcome || decision.isPending
      ? null
      : refusedFor === 'conflict' || candidate.test?.status !== 'started'
        ? 'invigilator.end.conflict'
        : refusedFor === 'signalement_handled' || candidate.test?.signalement?.id !== signalement.id
          ? 'error.signalement_handled'
          : null
  const failure = !moot && decision.error ? errorMessage(t, decision.error) : null

  // The buttons pressed are gone once it is decided: focus goes to what happened (read out), "Fermer" next.
  const result = useRef<HTMLDivElement>(null)
  const settled = Boolean(outcome) || moot !== null
  useEffect(() => {
    if (settled) result.current?.focus()
  }, [settled])

  const close = () => {
    if (!decision.isPending) onClose()
  }
  const closeButton = (
    <Button onPress={close} data-testid="signalement-close">
      {t('common.close')}
    </Button>
  )

  return (
    <Dialog
      isOpen
      onOpenChange={(open) => {
        if (!open) close()
      }}
      title={t('invigilator.signalement.title')}
      size="wide"
      data-testid="signalement-dialog"
      actions={
        settled ? (
          closeButton
        ) : (
          <>
            <Button variant="ghost" onPress={close} isDisabled={decision.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="secondary"
              onPress={() => decision.mutate('refused')}
              isPending={decision.isPending && decision.variables === 'refused'}
              isDisabled={decision.isPending}
              data-testid="signalement-refuse"
            >
              {t('invigilator.signalement.refuse')}
            </Button>
            <Button
              onPress={() => decision.mutate('validated')}
              isPending={decision.isPending && decision.variables === 'validated'}
              isDisabled={!category || decision.isPending}
              data-testid="signalement-validate"
            >
              {t('invigilator.signalement.validate')}
            </Button>
          </>
        )
      }
    >
      <p className="signalement__who">
        {t('invigilator.signalement.candidate', { name: fullName(candidate) })}
      </p>
      <p className="signalement__question">
        {t('invigilator.signalement.question', {
          number: signalement.questionNumber,
          time: time(signalement.reportedAt),
        })}
      </p>
      {settled ? (
        <div
          ref={result}
          tabIndex={-1}
          className={cx('signalement__result', outcome && 'signalement__result--done')}
          data-testid="signalement-result"
        >
          {outcome ? (
            <>
              {/* The guide's "✔ Le signalement a bien été validé.": the mark is for the eyes only. */}
              <p className="signalement__outcome">
                <span aria-hidden="true">✔ </span>
                {t(
                  outcome === 'validated'
                    ? 'invigilator.signalement.validated'
                    : 'invigilator.signalement.refused',
                )}
              </p>
              <p>
                {t(
                  outcome === 'validated'
                    ? 'invigilator.signalement.validatedNext'
                    : 'invigilator.signalement.refusedNext',
                )}
              </p>
            </>
          ) : (
            <Alert tone="warning">{moot && t(moot)}</Alert>
          )}
        </div>
      ) : (
        <>
          <RadioGroup
            className="signalement__categories"
            label={t('invigilator.signalement.categories')}
            options={signalement.categories.map((code) => ({
              value: code,
              label: t(`invigilator.category.${code}`),
            }))}
            value={category}
            onChange={(value) => setCategory(value as SignalementCategory)}
            isDisabled={decision.isPending}
          />
          <p className="signalement__help">{t('invigilator.signalement.refuseHelp')}</p>
          <p className="signalement__help">{t('invigilator.signalement.validateHelp')}</p>
          {failure && (
            <Alert tone="error" className="dialog__error">
              {failure}
            </Alert>
          )}
        </>
      )}
    </Dialog>
  )
}
