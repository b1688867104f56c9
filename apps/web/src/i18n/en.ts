/**
 * The English catalogue. Typed against the French one: a missing or extra key, or a
 * `{placeholder}` the French message does not have, is a type error.
 */
import type { Catalogue, ParamMismatch } from './core'

export const en = {
  'app.name': 'Vigie',
  'document.title': '{page} – Vigie',

  'layout.skipLink': 'Skip to content',
  'layout.home': 'Vigie, home',
  'layout.language': 'Language',
  'layout.logout': 'Sign out',
  'layout.footer': 'Vigie, free software for running certification sessions.',

  'locale.fr': 'Français',
  'locale.en': 'English',
  'locale.fr.short': 'FR',
  'locale.en.short': 'EN',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.moreActions': 'More actions',
  'common.backHome': 'Back to home',
  'common.reload': 'Reload the page',
  'common.requiredFields': 'All fields are required.',
  'common.comingSoon': 'Coming soon',

  'field.required': 'This field is required.',
  'field.invalidEmail': 'Enter a valid email address, for example name@example.com.',
  'field.tooLong': {
    one: 'Enter at most {count} character.',
    other: 'Enter at most {count} characters.',
  },
  'field.invalid': 'This value is not valid.',

  'live.reconnecting': 'Connection lost, reconnecting…',

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

  'home.pageTitle': 'Home',
  'home.greeting': 'Hello {firstName}',
  'home.intro': 'What would you like to do?',
  'home.centres.title': 'Your certification centres',
  'home.spaces.title': 'Certification sessions',
  'home.invigilate.title': 'Invigilate a session',
  'home.invigilate.description': "With the session number and password, found in the invigilator's kit.",
  'home.join.title': 'Join a session',
  'home.join.description': 'You are a candidate: join your session with the number given by the invigilator.',

  'role.admin': 'Administrator',
  'role.member': 'Member',

  'centre.area': 'Centre space',
  'centre.list.title': 'Your certification centres',
  'centre.list.count': {
    one: 'You are a member of {count} centre.',
    other: 'You are a member of {count} centres.',
  },
  'centre.list.empty':
    "You are not a member of any certification centre. Ask your centre's administrator to add you.",
  'centre.home.role': 'Your role: {role}',
  'centre.home.sessions': 'Certification sessions',
  'centre.home.sessionsSoon':
    "Here you will create sessions, enrol candidates, download the invigilator's kit, the attendance sheet and the incident report, then finalise each session.",
  'centre.notFound': 'This centre does not exist, or you are not one of its members.',
  'centre.backToList': 'All your centres',

  'invigilator.area': 'Invigilator space',
  'invigilator.title': 'Invigilate a session',
  'invigilator.soon':
    'Here you will sign in to a session with its number and password, then follow the candidates live.',

  'candidate.area': 'Candidate space',
  'candidate.title': 'Join a session',
  'candidate.soon':
    'Here you will join your session with the number given by the invigilator, then take your certification test.',

  'notFound.pageTitle': 'Page not found',
  'notFound.title': 'Page not found',
  'notFound.body': 'The address you asked for does not match any page of Vigie.',

  'error.validation_failed': 'Some details are not valid. Check the form.',
  'error.request_rejected': 'The request could not be processed. Reload the page and try again.',
  'error.not_authenticated': 'Your session has expired. Sign in again.',
  'error.cross_site_request': 'The request was refused for security reasons. Reload the page and try again.',
  'error.not_found': 'What you asked for could not be found.',
  'error.conflict': 'The details changed in the meantime. Reload the page before going on.',
  'error.too_many_attempts': 'Too many attempts. Try again later.',
  'error.too_many_attempts.minutes': {
    one: 'Too many attempts. Try again in {count} minute.',
    other: 'Too many attempts. Try again in {count} minutes.',
  },
  'error.too_many_attempts.seconds': {
    one: 'Too many attempts. Try again in {count} second.',
    other: 'Too many attempts. Try again in {count} seconds.',
  },
  'error.invalid_credentials': 'Incorrect email address or password.',
  'error.email_taken': 'An account already exists with this email address.',
  'error.weak_password':
    'Password too weak: it needs at least 10 characters, including at least one letter and one digit or symbol.',
  'error.invalid_token': 'This reset link has expired or has already been used. Ask for a new one.',
  'error.internal': 'Something went wrong on our side. Try again in a moment.',
  'error.network': 'Vigie cannot be reached. Check your internet connection and try again.',
  'error.page': 'This page could not be shown.',
  'error.pageHint': 'A new version of Vigie may be available: reload the page.',
  'error.locale': 'The chosen language could not be saved to your account.',
  'error.loadAccount': 'Vigie is not answering right now.',
} as const satisfies Catalogue

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: [ParamMismatch<typeof en>] extends [never] ? true : ParamMismatch<typeof en> = true
