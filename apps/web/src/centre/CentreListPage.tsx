import { useMe } from '../api'
import { paths } from '../app/paths'
import { useT } from '../i18n'
import { Alert, CardList, LinkCard, Page, Tag } from '../ui'

export function CentreListPage() {
  const t = useT()
  const memberships = useMe().data?.memberships ?? []
  return (
    <Page
      title={t('centre.list.title')}
      lead={memberships.length > 0 ? t('centre.list.count', { count: memberships.length }) : undefined}
      data-testid="centre-list"
    >
      {memberships.length === 0 ? (
        <Alert tone="info">{t('centre.list.empty')}</Alert>
      ) : (
        <CardList>
          {memberships.map((membership) => (
            <LinkCard
              key={membership.centreId}
              href={paths.centreHome(membership.centreId)}
              title={membership.centreName}
              meta={
                <Tag tone={membership.role === 'admin' ? 'info' : 'neutral'}>
                  {t(`role.${membership.role}`)}
                </Tag>
              }
            />
          ))}
        </CardList>
      )}
    </Page>
  )
}
