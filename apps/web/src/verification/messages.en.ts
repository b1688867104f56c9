/** "Vérifier un certificat" in English, loaded when English is chosen. */
import type { SamePlaceholders, Translation } from '../i18n/core'
import type { verificationFr } from './messages'

export const verificationEn = {
  'verification.title': 'Verify a certificate',
  'verification.lead':
    'Enter the verification code printed on a Vigie certificate to check that it was really issued. No account is needed.',
  'verification.code': 'Verification code',
  'verification.code.help':
    'As P-XXXX-XXXX-XXXX, under the certificate’s QR code. Upper case, lower case and spaces are accepted.',
  'verification.code.format':
    'A code has 12 letters and digits after “P-”, in three groups of four, for example P-7KQ3-MXTA-92HF.',
  'verification.code.excludedCharacter':
    'A code never contains the characters O, 0, I or 1: check them on the certificate (Q, D, L, 7…).',
  'verification.submit': 'Verify',
  'verification.checking': 'Checking the code {code}…',
  'verification.valid.title': 'Valid certificate',
  'verification.valid.text': 'The code {code} matches a certificate issued by Vigie:',
  'verification.holder': 'Holder',
  'verification.date': 'Session date',
  'verification.score': 'Score',
  'verification.score.value': '{score} / {max}',
  'verification.unknown': 'No certificate matches this code.',
  'verification.tooMany': 'Too many checks from your connection. Try again in a few minutes.',
  'verification.tooMany.minutes': {
    one: 'Too many checks from your connection. Try again in {count} minute.',
    other: 'Too many checks from your connection. Try again in {count} minutes.',
  },
  'verification.failed': 'The check could not be completed',
} as const satisfies Translation<typeof verificationFr>

/** Fails to compile, naming the key, when a message's placeholders differ from the French ones. */
const _samePlaceholders: SamePlaceholders<typeof verificationFr, typeof verificationEn> = true
