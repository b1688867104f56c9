/** Espace centre (one lazily loaded chunk). For now: the user's centres and each centre's home. */
import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../app/NotFoundPage'
import { CentreHomePage } from './CentreHomePage'
import { CentreListPage } from './CentreListPage'

export default function CentreArea() {
  return (
    <Routes>
      <Route index element={<CentreListPage />} />
      <Route path=":centreId" element={<CentreHomePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
