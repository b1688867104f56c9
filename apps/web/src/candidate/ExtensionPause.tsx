import { useT } from '../i18n'
import { Alert } from '../ui'

/**
 * In place of the question while the companion extension is missing: nothing can be answered
 * until an invigilator confirms it is back (the page follows that by itself).
 */
export function ExtensionPause() {
  const t = useT()
  return (
    <div className="candidate-blocked" data-testid="extension-pause">
      <Alert tone="warning" title={t('candidate.extension.title')}>
        <p>{t('candidate.extension.text')}</p>
        <p>{t('candidate.extension.next')}</p>
      </Alert>
    </div>
  )
}
