/** The app's addresses (French, like the interface). */
export const paths = {
  home: '/',
  login: '/connexion',
  signup: '/inscription',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/reinitialiser-mot-de-passe',
  centre: '/centre',
  centreHome: (centreId: string) => `/centre/${encodeURIComponent(centreId)}`,
  /** An invitation e-mail's link: `/invitation?token=…` (the server writes it). */
  invitation: '/invitation',
  invigilator: '/surveillance',
  candidate: '/candidat',
  candidateResults: '/candidat/resultats',
  /** "Vérifier un certificat", public: a certificate's QR code opens `/verification?code=…` (the server writes it). */
  verification: '/verification',
} as const

/** The query parameter carrying where to go after signing in. */
export const RETURN_PARAM = 'retour'

/** A same-origin path to return to, or null (refuses `//evil.example`, `https://…`, `/\evil`). */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  return value
}

/** Messages the sign-in page shows after a redirect (`navigate(paths.login, {state: {notice}})`). */
export type LoginNotice = 'signedOut' | 'passwordChanged'
