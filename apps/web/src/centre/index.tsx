/** Espace centre (one lazily loaded chunk): a centre's sessions, candidates, documents and members. */
import './centre.css'
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { useMessages } from '../i18n'
import { CentreHomePage } from './CentreHomePage'
import { CentreListPage } from './CentreListPage'
import { FinalisationPage } from './FinalisationPage'
import { MembersPage } from './MembersPage'
import { centreMessages } from './messages'
import { ResultsPage } from './ResultsPage'
import { EditSessionPage, NewSessionPage } from './SessionFormPage'
import { SessionPage } from './SessionPage'

/** `/invitation?token=…`, outside `/centre` but part of this chunk. */
export { InvitationPage } from './InvitationPage'

export default function CentreArea() {
  useMessages(centreMessages)
  return (
    <Routes>
      <Route index element={<CentreListPage />} />
      <Route path=":centreId" element={<CentreHomePage />} />
      <Route path=":centreId/membres" element={<MembersPage />} />
      <Route path=":centreId/sessions/nouvelle" element={<NewSessionPage />} />
      <Route path=":centreId/sessions/:sessionId" element={<SessionPage />} />
      <Route path=":centreId/sessions/:sessionId/modifier" element={<EditSessionPage />} />
      <Route path=":centreId/sessions/:sessionId/finalisation" element={<FinalisationPage />} />
      <Route path=":centreId/sessions/:sessionId/resultats" element={<ResultsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
