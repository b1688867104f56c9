import { useParams } from 'react-router'
import { useMe } from '../api'
import { paths } from '../app/paths'
import { useT } from '../i18n'
import { Alert, Page, Section, Tag, TextLink } from '../ui'

/** A centre's home in the Espace centre: its name and the member's role; sessions come next. */
export function CentreHomePage() {
  const t = useT()
  const { centreId } = useParams()
  const membership = useMe().data?.memberships.find((m) => m.centreId === centreId)

  const back = (
    <TextLink href={paths.centre} standalone>
      ← {t('centre.backToList')}
    </TextLink>
  )

  if (!membership) {
    return (
      <Page title={t('centre.area')} data-testid="centre-not-found">
        <Alert tone="error">{t('centre.notFound')}</Alert>
        <p>{back}</p>
      </Page>
    )
  }

  return (
    <Page title={membership.centreName} data-testid="centre-home">
      <p>
        <Tag tone="neutral">{t('centre.area')}</Tag>{' '}
        <span className="muted">{t('centre.home.role', { role: t(`role.${membership.role}`) })}</span>
      </p>
      <Section title={t('centre.home.sessions')}>
        <Alert tone="info" title={t('common.comingSoon')}>
          {t('centre.home.sessionsSoon')}
        </Alert>
      </Section>
      <p className="section">{back}</p>
    </Page>
  )
}
