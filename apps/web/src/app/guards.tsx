import type { Me } from '@vigie/contract'
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router'
import { type LoginNotice, paths, RETURN_PARAM, safeReturnPath } from './paths'

// Set when the user presses "Se déconnecter", so that leaving a signed-in page says "signed out"
// rather than "sign in to see this page" (and does not offer to come back to it).
let signedOutByUser = false

/** Call before clearing the account on an explicit sign-out. */
export function noteSignOut(): void {
  signedOutByUser = true
}

/** The way to the sign-in page from a page that needs an account. */
export function ToLogin() {
  const location = useLocation()
  if (signedOutByUser) {
    return <Navigate to={paths.login} replace state={{ notice: 'signedOut' satisfies LoginNotice }} />
  }
  const back = location.pathname + location.search
  const to = back === paths.home ? paths.login : `${paths.login}?${RETURN_PARAM}=${encodeURIComponent(back)}`
  return <Navigate to={to} replace />
}

/** Areas for signed-in users: others go to the sign-in page, which brings them back here. */
export function RequireSignedIn({ me }: { me: Me | null }) {
  if (!me) return <ToLogin />
  signedOutByUser = false
  return <Outlet />
}

/** Sign-in and sign-up: once signed in, go where the user was heading (or home). */
export function GuestOnly({ me }: { me: Me | null }) {
  const [params] = useSearchParams()
  if (!me) return <Outlet />
  signedOutByUser = false
  return <Navigate to={safeReturnPath(params.get(RETURN_PARAM)) ?? paths.home} replace />
}
