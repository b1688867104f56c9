/** Espace Surveillant (one lazily loaded chunk). For now, its route shell. */
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { useT } from '../i18n'
import { Alert, Page, Tag } from '../ui'

function InvigilatorHome() {
  const t = useT()
  return (
    <Page title={t('invigilator.title')} width="narrow" data-testid="invigilator-home">
      <p>
        <Tag tone="info">{t('invigilator.area')}</Tag>
      </p>
      <Alert tone="info" title={t('common.comingSoon')}>
        {t('invigilator.soon')}
      </Alert>
    </Page>
  )
}

export default function InvigilatorArea() {
  return (
    <Routes>
      <Route index element={<InvigilatorHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
