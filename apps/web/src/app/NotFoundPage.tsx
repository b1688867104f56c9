import { useT } from '../i18n'
import { LinkButton, Page } from '../ui'
import { paths } from './paths'

export function NotFoundPage() {
  const t = useT()
  return (
    <Page title={t('notFound.title')} width="narrow" data-testid="not-found">
      <p>{t('notFound.body')}</p>
      <LinkButton href={paths.home} variant="primary">
        {t('common.backHome')}
      </LinkButton>
    </Page>
  )
}
