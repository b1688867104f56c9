import { useT } from '../i18n'
import { Alert } from '../ui'
import { InstallLink } from './companion/CompanionStatus'

/**
 * In place of the question while the companion extension is missing: nothing can be answered
 * until an invigilator confirms it is back (the page follows that by itself). `back`: this page
 * detects the extension again and waits for that confirmation.
 */
export function ExtensionPause({ back }: { back: boolean }) {
  const t = useT()
  return (
    <div className="candidate-blocked" data-testid="extension-pause">
      {back ? (
        <Alert tone="info" title={t('candidate.extension.back.title')} data-testid="extension-back">
          <p>{t('candidate.extension.back.text')}</p>
        </Alert>
      ) : (
        <Alert tone="warning" title={t('candidate.extension.title')}>
          <p>{t('candidate.extension.text')}</p>
          <p>{t('candidate.extension.next')}</p>
          <p>
            <InstallLink />
          </p>
        </Alert>
      )}
    </div>
  )
}
