/** Espace candidat (one lazily loaded chunk). For now, its route shell. */
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { useT } from '../i18n'
import { Alert, Page, Tag } from '../ui'

function CandidateHome() {
  const t = useT()
  return (
    <Page title={t('candidate.title')} width="narrow" data-testid="candidate-home">
      <p>
        <Tag tone="info">{t('candidate.area')}</Tag>
      </p>
      <Alert tone="info" title={t('common.comingSoon')}>
        {t('candidate.soon')}
      </Alert>
    </Page>
  )
}

export default function CandidateArea() {
  return (
    <Routes>
      <Route index element={<CandidateHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
