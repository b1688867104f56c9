import { useT } from '../i18n'
import { Alert, LinkButton, Page } from '../ui'

/** The test cannot go on in this tab without the access code: it was replaced, or the tab lost its token. */
export function ReenterCode({ candidateId, replaced }: { candidateId: string | null; replaced: boolean }) {
  const t = useT()
  const title = replaced ? t('candidate.test.replaced') : t('candidate.test.noToken')
  return (
    <Page title={title} width="narrow" data-testid="candidate-reenter">
      <Alert tone="warning">
        {replaced ? t('candidate.test.replaced.text') : t('candidate.test.noToken.text')}
      </Alert>
      <p>
        <LinkButton
          variant="primary"
          href={candidateId ? `/candidat/${encodeURIComponent(candidateId)}` : '/candidat'}
        >
          {t('candidate.test.reenterCode')}
        </LinkButton>
      </p>
    </Page>
  )
}
