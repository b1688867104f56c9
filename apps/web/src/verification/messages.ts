import { defineMessages, type Message } from '../i18n/core'

/** "Vérifier un certificat" (public), in French (the reference), loaded with the page's code. */
export const verificationFr = {
  'verification.title': 'Vérifier un certificat',
  'verification.lead':
    'Saisissez le code de vérification imprimé sur un certificat Vigie pour vérifier qu’il a bien été délivré. Aucun compte n’est nécessaire.',
  'verification.code': 'Code de vérification',
  'verification.code.help':
    'Au format P-XXXX-XXXX-XXXX, sous le QR code du certificat. Majuscules, minuscules et espaces sont acceptés.',
  'verification.code.format':
    'Un code compte 12 lettres et chiffres après « P- », en trois groupes de quatre, par exemple P-7KQ3-MXTA-92HF.',
  'verification.code.excludedCharacter':
    'Un code ne contient jamais les caractères O, 0, I ni 1 : vérifiez-les sur le certificat (Q, D, L, 7…).',
  'verification.submit': 'Vérifier',
  'verification.checking': 'Vérification du code {code}…',
  'verification.valid.title': 'Certificat valide',
  'verification.valid.text': 'Le code {code} correspond à un certificat délivré par Vigie :',
  'verification.holder': 'Titulaire',
  'verification.date': 'Date de la session',
  'verification.score': 'Score',
  'verification.score.value': '{score} / {max}',
  'verification.unknown': 'Aucun certificat ne correspond à ce code.',
  'verification.tooMany': 'Trop de vérifications depuis votre connexion. Réessayez dans quelques minutes.',
  'verification.tooMany.minutes': {
    one: 'Trop de vérifications depuis votre connexion. Réessayez dans {count} minute.',
    other: 'Trop de vérifications depuis votre connexion. Réessayez dans {count} minutes.',
  },
  'verification.failed': 'La vérification n’a pas pu aboutir',
} as const satisfies Record<string, Message>

/** Registered by the page (`useMessages`): other languages load when chosen. */
export const verificationMessages = defineMessages(verificationFr, {
  en: () => import('./messages.en').then((module) => module.verificationEn),
})
