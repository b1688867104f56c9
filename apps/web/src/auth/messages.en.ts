/** The accounts' messages in English, loaded when English is chosen. */
import type { SamePlaceholders, Translation } from '../i18n/core'
import type { authFr } from './messages'

export const authEn = {
  'login.pageTitle': 'Sign in',
  'login.title': 'Sign in',
  'login.note': 'Access to Vigie is limited to certification centres and their candidates.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.forgot': 'Forgot your password?',
  'login.noAccount': 'No account yet?',
  'login.signup': 'Create an account',
  'login.required': 'Sign in to see this page.',
  'login.passwordChanged': 'Your password has been changed. Sign in with your new password.',
  'login.signedOut': 'You have signed out. See you soon!',

  'signup.pageTitle': 'Create an account',
  'signup.title': 'Create an account',
  'signup.intro': "One account to manage a centre's sessions, invigilate a session or take a certification.",
  'signup.firstName': 'First name',
  'signup.lastName': 'Last name',
  'signup.email': 'Email address',
  'signup.password': 'Password',
  'signup.passwordRule': 'At least 10 characters, including at least one letter and one digit or symbol.',
  'signup.submit': 'Create my account',
  'signup.haveAccount': 'Already have an account?',
  'signup.login': 'Sign in',

  'forgot.pageTitle': 'Forgotten password',
  'forgot.title': 'Forgot your password?',
  'forgot.intro': "Enter your account's email address: we will send you a link to choose a new password.",
  'forgot.email': 'Email address',
  'forgot.submit': 'Send the link',
  'forgot.sent': 'If an account exists for this address, a reset link has just been sent.',
  'forgot.sentHint': "Can't see it? Look in your spam folder, or check the address you entered.",
  'forgot.backToLogin': 'Back to sign in',

  'reset.pageTitle': 'New password',
  'reset.title': 'Choose a new password',
  'reset.password': 'New password',
  'reset.submit': 'Save the password',
  'reset.missingToken': 'This reset link is incomplete. Open the link from the email, or ask for a new one.',
  'reset.requestNew': 'Ask for a new link',
} as const satisfies Translation<typeof authFr>

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: SamePlaceholders<typeof authFr, typeof authEn> = true
