import type { Me } from '@vigie/contract'
import { lazy, Suspense } from 'react'
import { Route, Routes, useLocation } from 'react-router'
import { errorMessage, useMe } from '../api'
import { useT } from '../i18n'
import { Alert, Button, LoadError, Loading, PageLayout } from '../ui'
import { useAccountEvents } from './accountEvents'
import { ErrorBoundary } from './ErrorBoundary'
import { GuestOnly, RequireSignedIn, ToLogin } from './guards'
import { Header } from './Header'
import { HomePage } from './HomePage'
import { useLocaleSwitch } from './LocaleRoot'
import { NotFoundPage } from './NotFoundPage'
import { paths } from './paths'

// One chunk per area, loaded on first visit. The four auth pages share one chunk.
const auth = () => import('../auth')
const LoginPage = lazy(() => auth().then((m) => ({ default: m.LoginPage })))
const SignupPage = lazy(() => auth().then((m) => ({ default: m.SignupPage })))
const ForgotPasswordPage = lazy(() => auth().then((m) => ({ default: m.ForgotPasswordPage })))
const ResetPasswordPage = lazy(() => auth().then((m) => ({ default: m.ResetPasswordPage })))
const CentreArea = lazy(() => import('../centre'))
const InvitationPage = lazy(() => import('../centre').then((m) => ({ default: m.InvitationPage })))
const InvigilatorArea = lazy(() => import('../invigilator'))
const CandidateArea = lazy(() => import('../candidate'))
const VerificationArea = lazy(() => import('../verification'))

function AppRoutes({ me }: { me: Me | null }) {
  return (
    <Routes>
      <Route path={paths.home} element={me ? <HomePage me={me} /> : <ToLogin />} />
      <Route element={<GuestOnly me={me} />}>
        <Route path={paths.login} element={<LoginPage />} />
        <Route path={paths.signup} element={<SignupPage />} />
        <Route path={paths.forgotPassword} element={<ForgotPasswordPage />} />
      </Route>
      <Route path={paths.resetPassword} element={<ResetPasswordPage />} />
      <Route path={paths.verification} element={<VerificationArea />} />
      <Route element={<RequireSignedIn me={me} />}>
        <Route path={`${paths.centre}/*`} element={<CentreArea />} />
        <Route path={paths.invitation} element={<InvitationPage />} />
        <Route path={`${paths.invigilator}/*`} element={<InvigilatorArea />} />
        <Route path={`${paths.candidate}/*`} element={<CandidateArea />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}

export function App() {
  const t = useT()
  const { pathname } = useLocation()
  const meQuery = useMe()
  const me = meQuery.data
  useAccountEvents(me)
  const { saveFailed, dismissError } = useLocaleSwitch()

  let content: React.ReactNode
  if (me !== undefined) {
    content = (
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<Loading />}>
          <AppRoutes me={me} />
        </Suspense>
      </ErrorBoundary>
    )
  } else if (meQuery.isError) {
    content = (
      <LoadError
        title={t('error.loadAccount')}
        message={errorMessage(t, meQuery.error)}
        onRetry={() => meQuery.refetch()}
        isRetrying={meQuery.isFetching}
      />
    )
  } else {
    content = <Loading />
  }

  return (
    <PageLayout
      header={<Header me={me} />}
      notices={
        saveFailed && (
          <Alert
            tone="error"
            action={
              <Button variant="ghost" onPress={dismissError}>
                {t('common.close')}
              </Button>
            }
          >
            {t('error.locale')}
          </Alert>
        )
      }
      footer={t('layout.footer')}
    >
      {content}
    </PageLayout>
  )
}
