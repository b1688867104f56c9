/** Espace Surveillant (one lazily loaded chunk): the entry screen and a session's dashboard. */
import './invigilator.css'
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { useMessages } from '../i18n'
import { AccessPage } from './AccessPage'
import { invigilatorMessages } from './messages'
import { SessionPage } from './SessionPage'

export default function InvigilatorArea() {
  useMessages(invigilatorMessages)
  return (
    <Routes>
      <Route index element={<AccessPage />} />
      <Route path="sessions/:sessionId" element={<SessionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
