import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import type { ReportNotice } from './notice'

const icons = { paused: '‖', refused: 'i', validated: '✓' } as const

/**
 * Beside the answer buttons: the pause while a report is open, then what the invigilator decided.
 * The live region stays in the page so that each change is announced; the message inside keeps
 * its element across changes so that focus, once on it, stays there.
 */
export function ReportStatus({ notice }: { notice: ReportNotice }) {
  const t = useT()
  const message = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (notice !== 'paused') return
    // The confirmation dialog closes with a short animation, then gives focus back to the report
    // button, now disabled: focus would fall to the page. Once the dialog is gone, it comes here,
    // unless the candidate has put it somewhere themselves.
    const timer = setInterval(() => {
      if (document.querySelector('[role="alertdialog"]')) return
      clearInterval(timer)
      if (!document.activeElement || document.activeElement === document.body) message.current?.focus()
    }, 50)
    return () => clearInterval(timer)
  }, [notice])

  return (
    <div role="status" className="candidate-report-status" data-testid="report-status">
      {notice && (
        <div ref={message} tabIndex={-1} className={`candidate-notice candidate-notice--${notice}`}>
          <span className="candidate-notice__icon" aria-hidden="true">
            {icons[notice]}
          </span>
          {notice === 'paused' ? (
            <div>
              <p className="candidate-notice__title">{t('candidate.report.paused')}</p>
              <p className="candidate-notice__text">{t('candidate.report.paused.text')}</p>
            </div>
          ) : (
            <p className="candidate-notice__text">
              {notice === 'refused' ? t('candidate.report.refused') : t('candidate.report.validated')}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
