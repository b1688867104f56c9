/** The candidate area's messages in English, loaded when English is chosen. */
import type { SamePlaceholders, Translation } from '../i18n/core'
import type { candidateFr } from './messages'

export const candidateEn = {
  'candidate.title': 'Join a session',

  'candidate.join.sessionNumber': 'Session number',
  'candidate.join.sessionNumber.help': 'Given only by the invigilator at the start of the session',
  'candidate.join.firstName': 'First name',
  'candidate.join.lastName': 'Surname at birth',
  'candidate.join.birthdate': 'Date of birth',
  'candidate.join.birthdate.help': 'As DD/MM/YYYY, for example 04/07/2001',
  'candidate.join.birthdate.invalid': 'Enter a valid date of birth as DD/MM/YYYY.',
  'candidate.join.submit': 'Join the session',
  'candidate.join.failed': 'Could not join the session',
  'candidate.join.intro':
    'Enter the session number given by your invigilator, then your identity as it appears on your identity document.',
  'candidate.enrolments.title': 'My sessions',
  'candidate.enrolments.item': 'Session {number} – {centre}',
  'candidate.enrolments.when': '{date}, {time} · {site}, room {room}',
  'candidate.enrolments.loadError': 'Could not load your sessions.',
  'candidate.intro.title': 'Instructions',
  'candidate.intro.step': 'Step {step} of {total}',
  'candidate.intro.1.title': 'Your certification test',
  'candidate.intro.1.questions': 'The test has {count} questions.',
  'candidate.intro.1.duration': 'You have {duration} to take it.',
  'candidate.intro.1.extraTime': 'This includes your extra time ({percent} %).',
  'candidate.intro.2.title': 'Answering the questions',
  'candidate.intro.2.noBack': 'Once a question is validated or skipped, you cannot go back to it.',
  'candidate.intro.2.report':
    'If a question seems wrong, use “Report a problem with the question” or tell your invigilator.',
  'candidate.intro.3.title': 'Before you start',
  'candidate.intro.3.extension':
    'Your centre may ask you to install the certification browser extension: follow your invigilator’s instructions.',
  'candidate.intro.3.extensionRequired':
    'The certification browser extension is required for this session: check with your invigilator that it is installed.',
  'candidate.intro.3.focus':
    'Some questions ask you to stay on the page: do not change tab or window during these questions.',
  'candidate.companion.checking': 'Looking for the certification extension in this browser…',
  'candidate.companion.present': 'Certification extension detected',
  'candidate.companion.present.text': 'Keep it on for the whole test.',
  'candidate.companion.missing': 'Certification extension not detected',
  'candidate.companion.missing.text':
    'Install it or turn it on in this browser: this page will detect it by itself, without a reload. If you have trouble, tell your invigilator.',
  'candidate.companion.install': 'Install or turn on the extension (new tab)',
  'candidate.companion.required':
    'You cannot start your test without the certification extension: install it or turn it on, or tell your invigilator.',
  'candidate.intro.acknowledge': 'I have read and understood these instructions',
  'candidate.intro.acknowledge.required': 'Tick the box to confirm that you have read the instructions.',
  'candidate.intro.next': 'Next',
  'candidate.intro.previous': 'Previous',
  'candidate.intro.done': 'Continue',
  'candidate.start.title': 'You are about to start your certification test',
  'candidate.start.accessCode': 'Access code given by the invigilator',
  'candidate.start.submit': 'Start my test',
  'candidate.start.consent':
    'By clicking "Start my test", I agree that my identity data, my certification number and the circumstances of the test as recorded by the invigilator are passed on to Vigie. Vigie will use them during the jury’s deliberation to produce and archive my results and to issue my certificate. If this certification was prescribed by an organisation, I agree that Vigie passes my results on to it.',
  'candidate.start.rights':
    'Under the French data protection law, you may access the data about you and have it corrected by contacting your centre’s data protection officer.',
  'candidate.start.presenceNotConfirmed':
    'Your invigilator has not confirmed your presence in the test room. You cannot start your certification test yet. Please tell your invigilator.',
  'candidate.start.resumeNotAuthorised': 'Please ask your invigilator to authorise resuming your test.',
  'candidate.start.failed': 'Could not start the test',
  'candidate.start.backToInstructions': 'Read the instructions again',
  'candidate.test.title': 'Question {number} / {total}',
  'candidate.test.remaining': 'Time left: {time}',
  'candidate.test.overtime': 'Time allowed exceeded — tell your invigilator',
  'candidate.test.answer': 'Your answer',
  'candidate.test.answer.multiple': 'Your answer (several choices possible)',
  'candidate.test.validate': 'Validate',
  'candidate.test.skip': 'Skip',
  'candidate.test.focus':
    'Focus question: stay on this page until you answer, without changing tab or window.',
  'candidate.test.attachment': 'Download the attachment: {name}',
  'candidate.test.retrying': 'Connection lost: your answer is kept and will be sent as soon as possible…',
  'candidate.test.replaced': 'Your test continues in another browser',
  'candidate.test.replaced.text':
    'To continue it here, enter the access code given by the invigilator again.',
  'candidate.test.noToken': 'Enter the access code to resume your test',
  'candidate.test.noToken.text':
    'This test was opened in another window or a tab that has since been closed: go through the access code screen again.',
  'candidate.test.reenterCode': 'Enter the access code',
  'candidate.test.loadError': 'Could not load your test.',
  'candidate.report.open': 'Report a problem with the question',
  'candidate.report.confirm.title': 'Are you sure you want to report a problem?',
  'candidate.report.confirm.text':
    'Your actions will be paused until the invigilator decides. Then tell them.',
  'candidate.report.confirm': 'Yes, I am sure',
  'candidate.report.paused': 'Your actions are paused while waiting for the invigilator',
  'candidate.report.paused.text':
    'Tell your invigilator: they will look into the problem with the question. Your answer is kept.',
  'candidate.report.refused':
    'Your report was refused: you can carry on with the question where you left it.',
  'candidate.report.validated': 'Your report was accepted: you are given another question instead.',
  'candidate.extension.title': 'Extension not detected: your test is paused',
  'candidate.extension.text':
    'You cannot go on with your test for now: the certification browser extension is no longer detected.',
  'candidate.extension.next':
    'Tell your invigilator. Once the extension is back on, they will confirm it and you will resume at the question where you were.',
  'candidate.extension.back.title': 'The extension is detected again',
  'candidate.extension.back.text':
    'Your invigilator must now confirm it: tell them. You will then resume at the question where you were, with nothing to do on this page.',
  'candidate.end.title': 'Your certification test is over',
  'candidate.end.completed':
    'You have answered all the questions. Thank you: you may leave the room following your invigilator’s instructions.',
  'candidate.end.byInvigilator.title': 'Your invigilator has ended your test',
  'candidate.end.byInvigilator':
    'Your certification test is over: you can no longer answer questions. Follow your invigilator’s instructions to leave the room.',
  'candidate.end.other': 'Your test has ended. For any question, ask your invigilator.',
  'candidate.end.back': 'Back to my sessions',
} as const satisfies Translation<typeof candidateFr>

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: SamePlaceholders<typeof candidateFr, typeof candidateEn> = true
