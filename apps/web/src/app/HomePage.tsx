import type { Me } from '@vigie/contract'
import { useT } from '../i18n'
import { CardList, LinkCard, Page, Section, Tag } from '../ui'
import { paths } from './paths'

/** The signed-in home: the user's centres, and the two ways into a session. */
export function HomePage({ me }: { me: Me }) {
  const t = useT()
  return (
    <Page
      title={t('home.greeting', { firstName: me.user.firstName })}
      documentTitle={t('home.pageTitle')}
      lead={t('home.intro')}
      data-testid="home"
    >
      {me.memberships.length > 0 && (
        <Section title={t('home.centres.title')}>
          <CardList>
            {me.memberships.map((membership) => (
              <LinkCard
                key={membership.centreId}
                href={paths.centreHome(membership.centreId)}
                title={membership.centreName}
                meta={
                  <Tag tone={membership.role === 'admin' ? 'info' : 'neutral'}>
                    {t(`role.${membership.role}`)}
                  </Tag>
                }
                data-testid="home-centre"
              />
            ))}
          </CardList>
        </Section>
      )}
      <Section title={t('home.spaces.title')}>
        <CardList>
          <LinkCard
            href={paths.invigilator}
            title={t('home.invigilate.title')}
            description={t('home.invigilate.description')}
            data-testid="home-invigilate"
          />
          <LinkCard
            href={paths.candidate}
            title={t('home.join.title')}
            description={t('home.join.description')}
            data-testid="home-join"
          />
          <LinkCard
            href={paths.candidateResults}
            title={t('home.results.title')}
            description={t('home.results.description')}
            data-testid="home-results"
          />
        </CardList>
      </Section>
    </Page>
  )
}
