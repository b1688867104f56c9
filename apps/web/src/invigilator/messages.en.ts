/** The invigilator area's messages in English, loaded when English is chosen. */
import type { SamePlaceholders, Translation } from '../i18n/core'
import type { invigilatorFr } from './messages'

export const invigilatorEn = {
  'invigilator.area': 'Invigilator space',
  'invigilator.title': 'Invigilate a session',

  'invigilator.access.required': 'All fields are required.',
  'invigilator.access.number': 'Session number',
  'invigilator.access.password': 'Session password',
  'invigilator.access.passwordHint': 'Example: C-12345',
  'invigilator.access.submit': 'Invigilate the session',
  'invigilator.access.note':
    'The password of the session to invigilate was given to you by an administrator of your certification centre.',
  'invigilator.access.invalid': 'Wrong session number or password. Check the invigilator kit.',

  'invigilator.session.title': 'Session {number}',
  'invigilator.session.site': 'Site',
  'invigilator.session.room': 'Room',
  'invigilator.session.invigilators': 'Invigilator(s)',
  'invigilator.session.accessCode': 'Access code (candidates)',
  'invigilator.session.leave': 'Leave',
  'invigilator.session.finalised': 'This session is finalised: candidates can no longer start their test.',
  'invigilator.session.extensionNotRequired': 'Browser extension not required for this session',
  'invigilator.session.loadError': 'The session could not be loaded.',

  'invigilator.candidates.title': 'Candidates',
  'invigilator.candidates.lead':
    'Confirm the presence of each candidate to allow them to start their certification test.',
  'invigilator.candidates.count': {
    one: '{count}/{total} candidate selected',
    other: '{count}/{total} candidates selected',
  },
  'invigilator.candidates.search': 'Search for a candidate',
  'invigilator.candidates.searchHelp': 'By last or first name.',
  'invigilator.candidates.none': 'No candidate is enrolled in this session.',
  'invigilator.candidates.noMatch': 'No candidate matches “{query}”.',
  'invigilator.candidates.loadError': 'The candidate list could not be loaded.',
  'invigilator.candidate.birthdate': 'Born on',
  'invigilator.candidate.complementary': 'Enrolled in {name}',
  'invigilator.candidate.extraTime': '+ extra time {percent}%',
  'invigilator.candidate.confirm': 'Confirm presence',
  'invigilator.candidate.confirmFor': 'Confirm the presence of {name}',
  'invigilator.candidate.cancel': 'Cancel the confirmation',
  'invigilator.candidate.cancelFor': 'Cancel the confirmation of {name}',
  'invigilator.candidate.confirmed': 'Presence confirmed',
  'invigilator.candidate.expired': 'Confirmation expired: confirm again',
  'invigilator.candidate.waiting': 'Not confirmed',
  'invigilator.candidate.times': 'Start: {start} | Theoretical end: {end}',
  'invigilator.candidate.timesEnded': 'Start: {start} | End: {end}',
  'invigilator.candidate.overtime': 'Over time by {count} min',
  'invigilator.candidate.disconnected': 'Disconnected for {count} min',
  'invigilator.candidate.progress': 'Question {number} / {total}',
  'invigilator.candidate.actions': 'Actions for {name}',
  'invigilator.candidate.resume': 'Allow the test to resume',
  'invigilator.candidate.resumeTitle': 'Allow {name} to resume the test?',
  'invigilator.candidate.resumeBody':
    '{name} will be able to resume their certification test where they left off (after closing the browser by mistake, or changing computers).',
  'invigilator.candidate.resumed': '{name} may now resume their test.',
  'invigilator.candidate.presenceConflict':
    'Another invigilator has just changed this presence, or the candidate has started their test. The list has been updated.',
  'invigilator.candidate.resumeConflict':
    'The test cannot be resumed: this candidate has not started or has finished. The list has been updated.',

  'invigilator.status.in_progress': 'In progress',
  'invigilator.status.signalement': 'Problem reported',
  'invigilator.status.extension': 'Extension not detected',
  'invigilator.status.resume_authorised': 'Allowed to resume',
  'invigilator.status.ended': 'Finished',
  'invigilator.status.counts': 'Test progress',

  'invigilator.end.action': 'End the test',
  'invigilator.end.title': 'End the test of {name}?',
  'invigilator.end.body': 'Warning: this action ends their certification test and cannot be undone.',
  'invigilator.end.done': 'The test of {name} has ended.',
  'invigilator.end.conflict':
    'This test has already ended, perhaps by another invigilator. The list has been updated.',

  'invigilator.extension.action': 'Confirm the extension is present',
  'invigilator.extension.title': 'Confirm the extension is present?',
  'invigilator.extension.body':
    'Check with {name} that the certification browser extension is active again. Their test will then resume at the question where it stopped.',
  'invigilator.extension.done': 'Extension confirmed for {name}.',
  'invigilator.extension.conflict':
    'No extension alert is open for this candidate: another invigilator may have confirmed it. The list has been updated.',

  'invigilator.signalement.action': 'Handle a reported problem',
  'invigilator.signalement.title': 'Handle a reported problem',
  'invigilator.signalement.candidate': 'Problem reported by: {name}',
  'invigilator.signalement.question': 'Question {number}, reported at {time}',
  'invigilator.signalement.categories': 'Reason',
  'invigilator.signalement.refuseHelp': 'Refusing the report lets the candidate resume the current question.',
  'invigilator.signalement.validateHelp':
    'Select a reason to accept the report and let the candidate move to another question.',
  'invigilator.signalement.refuse': 'Refuse the report',
  'invigilator.signalement.validate': 'Accept the report',
  'invigilator.signalement.validated': 'The report has been accepted.',
  'invigilator.signalement.refused': 'The report has been refused.',
  'invigilator.signalement.validatedNext':
    'The candidate is given another question. Their page updates by itself: no need to reload it.',
  'invigilator.signalement.refusedNext':
    'The candidate resumes the current question. Their page updates by itself: no need to reload it.',
  'invigilator.signalement.announce': 'New problem reported: {name}, question {number}.',
  'invigilator.signalement.sound': 'Sound and vibration on each reported problem',

  'invigilator.category.E1': 'The image does not show',
  'invigilator.category.E2': 'The simulator/application does not show',
  'invigilator.category.E3': 'The file to download does not download or does not open',
  'invigilator.category.E4': 'The website to visit is unavailable/under maintenance/unreachable',
  'invigilator.category.E5':
    'The website is blocked by the institution’s network restrictions (social networks, for example)',
  'invigilator.category.E8':
    'The candidate has extra time and could not answer the question in the time allowed',
  'invigilator.category.E9': 'The software installed on the computer did not work',
  'invigilator.category.E10': 'The candidate had to click outside the allowed frame on a focus-mode question',
  'invigilator.category.E11': 'A technical problem with the platform prevented the candidate from answering',
  'invigilator.category.E12': 'A problem with the accessibility of the question (e.g. colour blindness)',

  'invigilator.journal.title': 'Log',
  'invigilator.journal.show': 'Show the log',
  'invigilator.journal.hide': 'Hide the log',
  'invigilator.journal.empty': 'No action yet.',
  'invigilator.journal.loadError': 'The log could not be loaded.',
  'invigilator.journal.time': 'Time',
  'invigilator.journal.actor': 'Who',
  'invigilator.journal.action': 'Action',
  'invigilator.journal.candidate': 'Candidate',
  'invigilator.journal.unknown': '—',
  'invigilator.journal.entered': 'Entered the invigilator space',
  'invigilator.journal.presence_confirmed': 'Presence confirmed',
  'invigilator.journal.presence_cancelled': 'Confirmation cancelled',
  'invigilator.journal.resume_authorised': 'Test resumption allowed',
  'invigilator.journal.signalement_validated': 'Report accepted (question {number}), reason {category}',
  'invigilator.journal.signalement_refused': 'Report refused (question {number})',
  'invigilator.journal.test_ended': 'Test ended',
  'invigilator.journal.extension_confirmed':
    'Extension confirmed (question {number}, test blocked {duration})',
  'invigilator.journal.minutes': '{minutes} min {seconds} s',
  'invigilator.journal.seconds': '{seconds} s',
  'invigilator.journal.failed': '(refused)',
} as const satisfies Translation<typeof invigilatorFr>

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: SamePlaceholders<typeof invigilatorFr, typeof invigilatorEn> = true
