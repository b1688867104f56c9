import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TestView } from '@vigie/contract'
import { useState } from 'react'
import { errorMessage, isApiError, NetworkError } from '../api'
import { useT } from '../i18n'
import { Button, ConfirmDialog } from '../ui'
import { type Attempt, candidateApi, candidateKeys } from './api'

/**
 * "Signaler un problème avec la question", then "Oui, je suis sûr(e)": the server pauses the
 * answer buttons until an invigilator decides, and the test it returns says so.
 */
export function ReportProblem({
  test,
  itemId,
  attempt,
  isDisabled,
  onReplaced,
}: {
  test: TestView
  itemId: string
  attempt: Attempt
  isDisabled: boolean
  onReplaced: () => void
}) {
  const t = useT()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const report = useMutation({
    mutationFn: () =>
      candidateApi.report(test.testId, attempt.token, { questionNumber: test.questionNumber, itemId }),
    // Reporting the same question twice changes nothing: on a network error, try again by itself.
    retry: (count, error) => error instanceof NetworkError && count < 3,
    onSuccess: (next) => {
      setOpen(false)
      queryClient.setQueryData(candidateKeys.test(test.testId), next)
    },
    onError: (error) => {
      // The test moved on meanwhile (answered elsewhere, ended, paused for the extension): show where it is.
      if (
        isApiError(error, 'not_current_question') ||
        isApiError(error, 'test_ended') ||
        isApiError(error, 'test_paused')
      ) {
        setOpen(false)
        void queryClient.invalidateQueries({ queryKey: candidateKeys.test(test.testId) })
      } else if (isApiError(error, 'attempt_replaced')) {
        setOpen(false)
        onReplaced()
      }
    },
  })
  return (
    <>
      <Button
        variant="ghost"
        className="candidate-report"
        onPress={() => {
          report.reset()
          setOpen(true)
        }}
        isDisabled={isDisabled}
        data-testid="report-open"
      >
        {t('candidate.report.open')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title={t('candidate.report.confirm.title')}
        confirmLabel={t('candidate.report.confirm')}
        onConfirm={() => report.mutate()}
        isPending={report.isPending}
        error={report.isError ? errorMessage(t, report.error) : null}
        data-testid="report-dialog"
      >
        <p>{t('candidate.report.confirm.text')}</p>
      </ConfirmDialog>
    </>
  )
}
