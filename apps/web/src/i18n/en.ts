/**
 * The shell's English messages, loaded when English is chosen. Typed against the French ones: a
 * missing or extra key, or a `{placeholder}` the French message does not have, is a type error.
 */
import type { SamePlaceholders, Translation } from './core'
import type { fr } from './fr'

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

  'field.required': 'This field is required.',
  'field.invalidEmail': 'Enter a valid email address, for example name@example.com.',
  'field.tooLong': {
    one: 'Enter at most {count} character.',
    other: 'Enter at most {count} characters.',
  },
  'field.invalid': 'This value is not valid.',

  'live.reconnecting': 'Connection lost, reconnecting…',

  'home.pageTitle': 'Home',
  'home.greeting': 'Hello {firstName}',
  'home.intro': 'What would you like to do?',
  'home.centres.title': 'Your certification centres',
  'home.spaces.title': 'Certification sessions',
  'home.invigilate.title': 'Invigilate a session',
  'home.invigilate.description': "With the session number and password, found in the invigilator's kit.",
  'home.join.title': 'Join a session',
  'home.join.description': 'You are a candidate: join your session with the number given by the invigilator.',
  'home.results.title': 'My results',
  'home.results.description':
    'You are a candidate: your results and certificate, once your centre has published them.',

  'role.admin': 'Administrator',
  'role.member': 'Member',

  'nav.breadcrumbs': 'Breadcrumb',
  'field.optional': '{label} (optional)',
  'field.dateFormat': 'As DD/MM/YYYY, for example 23/09/2001.',

  'notFound.pageTitle': 'Page not found',
  'notFound.title': 'Page not found',
  'notFound.body': 'The address you asked for does not match any page of Vigie.',

  'error.validation_failed': 'Some details are not valid. Check the form.',
  'error.request_rejected': 'The request could not be processed. Reload the page and try again.',
  'error.not_authenticated': 'Your session has expired. Sign in again.',
  'error.cross_site_request': 'The request was refused for security reasons. Reload the page and try again.',
  'error.forbidden': 'Only an administrator of the centre can do this.',
  'error.not_found': 'What you asked for could not be found.',
  'error.conflict': 'The details changed in the meantime. Reload the page before going on.',
  'error.session_finalised': 'This session is finalised.',
  'error.session_not_found': 'No session has this number. Check the session number.',
  'error.candidate_not_found':
    'No candidate enrolled in this session matches these details. Check the first name, birth name and date of birth.',
  'error.candidate_taken': 'This candidate is already linked to another account.',
  'error.invalid_access_code':
    'This access code is not the right one. Check the code given by the invigilator.',
  'error.presence_not_confirmed':
    'Your invigilator has not confirmed your presence in the test room. You cannot start your certification test yet. Please tell your invigilator.',
  'error.resume_not_authorised':
    'Your invigilator has not authorised you to resume your test. Please tell your invigilator.',
  'error.test_ended': 'This certification test has ended.',
  'error.not_current_question': 'This question is no longer the current one. Reload the page.',
  'error.attempt_replaced': 'This test was resumed in another window. Reload the page.',
  'error.test_paused': 'Actions are paused while waiting for the invigilator',
  'error.signalement_handled': 'This report has already been handled by another invigilator.',
  'error.session_not_finalised': 'This session is not finalised yet: its results are not computed yet.',
  'error.results_published': 'The results of this session are already published.',
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
} as const satisfies Translation<typeof fr>

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: SamePlaceholders<typeof fr, typeof en> = true
