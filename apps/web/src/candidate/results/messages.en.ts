/** "Mes résultats" in English, loaded when English is chosen. */
import type { SamePlaceholders, Translation } from '../../i18n/core'
import type { candidateResultsFr } from './messages'

export const candidateResultsEn = {
  'myResults.title': 'My results',
  'myResults.lead': 'Your certification results and certificates, once your centre has published them.',
  'myResults.link.section': 'Results and certificates',
  'myResults.link': 'My results',
  'myResults.link.description': 'Your results and certificates, as soon as your centre has published them.',
  'myResults.loadError': 'Could not load your results.',
  'myResults.none.title': 'No results published yet',
  'myResults.none.text':
    'Your results will appear here as soon as your certification centre has published them, after the session.',
  'myResults.heading': 'Session of {date}',
  'myResults.session': 'session no. {number}',
  'myResults.status': 'Result',
  'myResults.status.validated': 'Validated',
  'myResults.status.rejected': 'Rejected',
  'myResults.status.cancelled': 'Cancelled',
  'myResults.explain.validated': 'Your certification is validated: download your certificate below.',
  'myResults.explain.rejected.noScore': 'Fewer than 20 answers were counted: your test cannot be certified.',
  'myResults.explain.rejected.level0': 'Your score does not reach level 1: no certificate is issued.',
  'myResults.explain.cancelled':
    'Your test was cancelled through no fault of yours: you may take it again. Your certification centre will tell you how.',
  'myResults.score': 'Score',
  'myResults.score.value': '{score} / {max}',
  'myResults.score.none': 'No score',
  'myResults.level': 'Overall level',
  'myResults.level.value': '{level} / {max}',
  'myResults.answered': 'Answers counted',
  'myResults.competences': 'Level per competence',
  'myResults.competence': 'Competence',
  'myResults.competence.level': 'Level',
  'myResults.competence.notEvaluated': 'Not assessed',
  'myResults.download': 'Download my certificate',
  'myResults.download.failed': 'The certificate could not be downloaded',
  'myResults.download.unavailable':
    'This certificate is not available. Reload the page; if the problem persists, contact your certification centre.',
  'myResults.download.done': 'Certificate downloaded: {filename}',
  'myResults.verificationCode': 'Verification code:',
} as const satisfies Translation<typeof candidateResultsFr>

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: SamePlaceholders<typeof candidateResultsFr, typeof candidateResultsEn> = true
