import type { Message } from '../i18n/core'

/** The invigilator area's messages (French: the reference; keys start with `invigilator.`). */
export const invigilatorFr = {
  'invigilator.access.required': 'Tous les champs sont obligatoires.',
  'invigilator.access.number': 'Numéro de la session',
  'invigilator.access.password': 'Mot de passe de la session',
  'invigilator.access.passwordHint': 'Exemple : C-12345',
  'invigilator.access.submit': 'Surveiller la session',
  'invigilator.access.note':
    'Le mot de passe de la session à surveiller vous a été communiqué par un administrateur de votre centre de certification.',
  'invigilator.access.invalid':
    'Numéro de session ou mot de passe incorrect. Vérifiez les informations du kit surveillant.',

  'invigilator.session.title': 'Session {number}',
  'invigilator.session.site': 'Nom du site',
  'invigilator.session.room': 'Salle',
  'invigilator.session.invigilators': 'Surveillant(s)',
  'invigilator.session.accessCode': "Code d'accès (candidats)",
  'invigilator.session.leave': 'Quitter',
  'invigilator.session.finalised':
    'Cette session est finalisée : les candidats ne peuvent plus commencer leur test.',
  'invigilator.session.loadError': 'La session n’a pas pu être chargée.',

  'invigilator.candidates.title': 'Candidats',
  'invigilator.candidates.lead':
    'Confirmez la présence de chaque candidat pour l’autoriser à commencer son test de certification.',
  'invigilator.candidates.count': {
    one: '{count}/{total} candidat sélectionné',
    other: '{count}/{total} candidats sélectionnés',
  },
  'invigilator.candidates.search': 'Rechercher un candidat',
  'invigilator.candidates.searchHelp': 'Par nom ou prénom.',
  'invigilator.candidates.none': 'Aucun candidat inscrit à cette session.',
  'invigilator.candidates.noMatch': 'Aucun candidat ne correspond à « {query} ».',
  'invigilator.candidates.loadError': 'La liste des candidats n’a pas pu être chargée.',
  'invigilator.candidate.birthdate': 'Né(e) le',
  'invigilator.candidate.complementary': 'Inscription à {name}',
  'invigilator.candidate.extraTime': '+ temps majoré {percent} %',
  'invigilator.candidate.confirm': 'Confirmer la présence',
  'invigilator.candidate.confirmFor': 'Confirmer la présence de {name}',
  'invigilator.candidate.cancel': 'Annuler la confirmation',
  'invigilator.candidate.cancelFor': 'Annuler la confirmation de {name}',
  'invigilator.candidate.confirmed': 'Présence confirmée',
  'invigilator.candidate.expired': 'Confirmation expirée : confirmez à nouveau',
  'invigilator.candidate.waiting': 'Non confirmé',
  'invigilator.candidate.started': 'En cours',
  'invigilator.candidate.actions': 'Actions pour {name}',
  'invigilator.candidate.resume': 'Autoriser la reprise du test',
  'invigilator.candidate.resumeTitle': 'Autoriser la reprise du test ?',
  'invigilator.candidate.resumeBody':
    '{name} pourra reprendre son test de certification là où il s’est arrêté (après avoir quitté le navigateur par erreur, ou changé d’ordinateur).',
  'invigilator.candidate.resumed': 'Reprise du test autorisée pour {name}.',
  'invigilator.candidate.presenceConflict':
    'Un autre surveillant vient de modifier cette présence, ou le candidat a commencé son test. La liste a été mise à jour.',
  'invigilator.candidate.resumeConflict':
    'La reprise n’est pas possible : le test de ce candidat n’a pas commencé ou est terminé. La liste a été mise à jour.',

  'invigilator.journal.title': 'Journal',
  'invigilator.journal.show': 'Afficher le journal',
  'invigilator.journal.hide': 'Masquer le journal',
  'invigilator.journal.empty': 'Aucune action pour le moment.',
  'invigilator.journal.loadError': 'Le journal n’a pas pu être chargé.',
  'invigilator.journal.time': 'Heure',
  'invigilator.journal.actor': 'Qui',
  'invigilator.journal.action': 'Action',
  'invigilator.journal.candidate': 'Candidat',
  'invigilator.journal.unknown': '—',
  'invigilator.journal.entered': 'Entrée dans l’Espace Surveillant',
  'invigilator.journal.presence_confirmed': 'Présence confirmée',
  'invigilator.journal.presence_cancelled': 'Confirmation annulée',
  'invigilator.journal.resume_authorised': 'Reprise du test autorisée',
  'invigilator.journal.failed': '(refusé)',
} as const satisfies Record<string, Message>

/** The same keys in English; the full catalogue (i18n/en.ts) checks that none is missing. */
export const invigilatorEn = {
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
  'invigilator.candidate.started': 'In progress',
  'invigilator.candidate.actions': 'Actions for {name}',
  'invigilator.candidate.resume': 'Allow the test to resume',
  'invigilator.candidate.resumeTitle': 'Allow the test to resume?',
  'invigilator.candidate.resumeBody':
    '{name} will be able to resume their certification test where they left off (after closing the browser by mistake, or changing computers).',
  'invigilator.candidate.resumed': '{name} may now resume their test.',
  'invigilator.candidate.presenceConflict':
    'Another invigilator has just changed this presence, or the candidate has started their test. The list has been updated.',
  'invigilator.candidate.resumeConflict':
    'The test cannot be resumed: this candidate has not started or has finished. The list has been updated.',

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
  'invigilator.journal.failed': '(refused)',
} as const satisfies Record<keyof typeof invigilatorFr, Message>
