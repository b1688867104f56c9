import type { TestView } from '@vigie/contract'
import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import { Alert, LinkButton, Page } from '../ui'

/** The test is over: answered to the end, or ended by the invigilator (or by the session's closing). */
export function EndScreen({ test }: { test: TestView }) {
  const t = useT()
  const link = useRef<HTMLParagraphElement>(null)
  // The test can end under the candidate's eyes (the invigilator ended it): the heading takes focus,
  // so that a screen reader says at once what happened.
  useEffect(() => {
    link.current?.parentElement?.querySelector<HTMLElement>('h1')?.focus()
  }, [])
  const byInvigilator = test.status === 'ended_by_invigilator'
  return (
    <Page
      title={byInvigilator ? t('candidate.end.byInvigilator.title') : t('candidate.end.title')}
      width="narrow"
      data-testid="candidate-end"
    >
      {test.status === 'completed' ? (
        <Alert tone="success">{t('candidate.end.completed')}</Alert>
      ) : byInvigilator ? (
        <Alert tone="warning">{t('candidate.end.byInvigilator')}</Alert>
      ) : (
        <Alert tone="info">{t('candidate.end.other')}</Alert>
      )}
      <p ref={link} className="candidate-end__actions">
        <LinkButton href="/candidat">{t('candidate.end.back')}</LinkButton>
      </p>
    </Page>
  )
}
