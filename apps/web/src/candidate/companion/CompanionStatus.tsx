import { useI18n } from '../../i18n'
import { Alert } from '../../ui'
import type { CompanionState } from './monitor'

/** Vigie's page with the extension packages and how to install them (served by the server). */
const installPage = (locale: string) => `/extension${locale === 'fr' ? '' : `?lang=${locale}`}`

/** Whether this browser's Companion extension answers, with the way to install or enable it when not. */
export function CompanionStatus({ state }: { state: CompanionState }) {
  const { t } = useI18n()
  if (state === 'present') {
    return (
      <Alert tone="success" title={t('candidate.companion.present')} data-testid="companion-status">
        {t('candidate.companion.present.text')}
      </Alert>
    )
  }
  if (state === 'checking') {
    return (
      <Alert tone="info" data-testid="companion-status">
        {t('candidate.companion.checking')}
      </Alert>
    )
  }
  return (
    <Alert tone="warning" title={t('candidate.companion.missing')} data-testid="companion-status">
      <p>{t('candidate.companion.missing.text')}</p>
      <p>
        <InstallLink />
      </p>
    </Alert>
  )
}

/** Opens the install page beside the test, which keeps its place. */
export function InstallLink() {
  const { t, locale } = useI18n()
  return (
    <a className="text-link" href={installPage(locale)} target="_blank" rel="noopener">
      {t('candidate.companion.install')}
    </a>
  )
}
