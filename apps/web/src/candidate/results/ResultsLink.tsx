import { paths } from '../../app/paths'
import { useMessages, useT } from '../../i18n'
import { CardList, LinkCard, Section } from '../../ui'
import { candidateResultsMessages } from './messages'

/** The way from the Espace candidat's first page to "Mes résultats". */
export function ResultsLink() {
  useMessages(candidateResultsMessages)
  const t = useT()
  return (
    <Section title={t('myResults.link.section')}>
      <CardList>
        <LinkCard
          href={paths.candidateResults}
          title={t('myResults.link')}
          description={t('myResults.link.description')}
          data-testid="my-results-link"
        />
      </CardList>
    </Section>
  )
}
