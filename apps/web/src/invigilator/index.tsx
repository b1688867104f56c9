/** Espace Surveillant (one lazily loaded chunk): the entry screen and a session's dashboard. */
import './invigilator.css'
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { AccessPage } from './AccessPage'
import { SessionPage } from './SessionPage'

export default function InvigilatorArea() {
  return (
    <Routes>
      <Route index element={<AccessPage />} />
      <Route path="sessions/:sessionId" element={<SessionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
