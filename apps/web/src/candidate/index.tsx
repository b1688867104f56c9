/** Espace candidat (one lazily loaded chunk): join a session, the instructions and the start gate, the test. */
import './candidate.css'
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { useMessages } from '../i18n'
import { JoinPage } from './JoinPage'
import { candidateMessages } from './messages'
import { ResultsPage } from './results/ResultsPage'
import { StartPage } from './StartPage'
import { TestPage } from './TestPage'

export default function CandidateArea() {
  useMessages(candidateMessages)
  return (
    <Routes>
      <Route index element={<JoinPage />} />
      <Route path="resultats" element={<ResultsPage />} />
      <Route path="test/:testId" element={<TestPage />} />
      <Route path=":candidateId" element={<StartPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
