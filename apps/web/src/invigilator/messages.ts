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
  'invigilator.candidate.times': 'Début : {start} | Fin théorique : {end}',
  'invigilator.candidate.timesEnded': 'Début : {start} | Fin : {end}',
  'invigilator.candidate.overtime': 'Temps dépassé de {count} min',
  'invigilator.candidate.disconnected': 'Déconnecté depuis {count} min',
  'invigilator.candidate.progress': 'Question {number} / {total}',
  'invigilator.candidate.actions': 'Actions pour {name}',
  'invigilator.candidate.resume': 'Autoriser la reprise du test',
  'invigilator.candidate.resumeTitle': 'Autoriser la reprise du test de {name} ?',
  'invigilator.candidate.resumeBody':
    '{name} pourra reprendre son test de certification là où il s’est arrêté (après avoir quitté le navigateur par erreur, ou changé d’ordinateur).',
  'invigilator.candidate.resumed': 'Reprise du test autorisée pour {name}.',
  'invigilator.candidate.presenceConflict':
    'Un autre surveillant vient de modifier cette présence, ou le candidat a commencé son test. La liste a été mise à jour.',
  'invigilator.candidate.resumeConflict':
    'La reprise n’est pas possible : le test de ce candidat n’a pas commencé ou est terminé. La liste a été mise à jour.',

  'invigilator.status.in_progress': 'En cours',
  'invigilator.status.signalement': 'Signalement en cours',
  'invigilator.status.extension': 'Extension non détectée',
  'invigilator.status.resume_authorised': 'Autorisé à reprendre',
  'invigilator.status.ended': 'Terminé',
  'invigilator.status.counts': 'Avancement des tests',

  'invigilator.end.action': 'Terminer le test',
  'invigilator.end.title': 'Terminer le test de {name} ?',
  'invigilator.end.body':
    'Attention : cette action entraine la fin de son test de certification et est irréversible.',
  'invigilator.end.done': 'Le test de {name} est terminé.',
  'invigilator.end.conflict':
    'Ce test est déjà terminé, peut-être par un autre surveillant. La liste a été mise à jour.',

  'invigilator.extension.action': "Confirmer la présence de l'extension",
  'invigilator.extension.title': "Confirmer la présence de l'extension ?",
  'invigilator.extension.body':
    'Vérifiez avec {name} que l’extension de navigateur de certification est de nouveau active. Son test reprendra alors à la question où il s’était arrêté.',
  'invigilator.extension.done': 'Présence de l’extension confirmée pour {name}.',
  'invigilator.extension.conflict':
    'Aucune alerte d’extension n’est ouverte pour ce candidat : un autre surveillant l’a peut-être déjà confirmée. La liste a été mise à jour.',

  'invigilator.signalement.action': 'Gérer un signalement',
  'invigilator.signalement.title': 'Gérer un signalement',
  'invigilator.signalement.candidate': 'Signalement du candidat : {name}',
  'invigilator.signalement.question': 'Question {number}, signalée à {time}',
  'invigilator.signalement.categories': 'Motif du signalement',
  'invigilator.signalement.refuseHelp': 'Refuser le signalement permet la reprise de la question en cours.',
  'invigilator.signalement.validateHelp':
    'Sélectionnez un motif pour valider le signalement et permettre le changement de question.',
  'invigilator.signalement.refuse': 'Refuser le signalement',
  'invigilator.signalement.validate': 'Valider le signalement',
  'invigilator.signalement.validated': 'Le signalement a bien été validé.',
  'invigilator.signalement.refused': 'Le signalement a bien été refusé.',
  'invigilator.signalement.validatedNext':
    'Une autre question est proposée au candidat. Sa page se met à jour d’elle-même : inutile de la rafraîchir.',
  'invigilator.signalement.refusedNext':
    'Le candidat reprend la question en cours. Sa page se met à jour d’elle-même : inutile de la rafraîchir.',
  'invigilator.signalement.announce': 'Nouveau signalement : {name}, question {number}.',
  'invigilator.signalement.sound': 'Son et vibration à chaque signalement',

  'invigilator.category.E1': "L'image ne s'affiche pas",
  'invigilator.category.E2': "Le simulateur/l'application ne s'affiche pas",
  'invigilator.category.E3': 'Le fichier à télécharger ne se télécharge pas ou ne s’ouvre pas',
  'invigilator.category.E4': 'Le site à visiter est indisponible/en maintenance/inaccessible',
  'invigilator.category.E5':
    "Le site est bloqué par les restrictions réseau de l'établissement (réseaux sociaux par ex.)",
  'invigilator.category.E8':
    "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la question dans le temps imparti",
  'invigilator.category.E9': "Le logiciel installé sur l'ordinateur n'a pas fonctionné",
  'invigilator.category.E10':
    'Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus',
  'invigilator.category.E11':
    'Un problème technique lié à la plateforme a empêché le candidat de répondre à la question',
  'invigilator.category.E12': "Problème avec l'accessibilité de la question (ex : daltonisme)",

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
  'invigilator.journal.signalement_validated': 'Signalement validé (question {number}, motif {category})',
  'invigilator.journal.signalement_refused': 'Signalement refusé (question {number})',
  'invigilator.journal.test_ended': 'Test terminé',
  'invigilator.journal.extension_confirmed':
    'Présence de l’extension confirmée (question {number}, test bloqué {duration})',
  'invigilator.journal.minutes': '{minutes} min {seconds} s',
  'invigilator.journal.seconds': '{seconds} s',
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
  'invigilator.journal.signalement_validated': 'Report accepted (question {number}, reason {category})',
  'invigilator.journal.signalement_refused': 'Report refused (question {number})',
  'invigilator.journal.test_ended': 'Test ended',
  'invigilator.journal.extension_confirmed':
    'Extension confirmed (question {number}, test blocked {duration})',
  'invigilator.journal.minutes': '{minutes} min {seconds} s',
  'invigilator.journal.seconds': '{seconds} s',
  'invigilator.journal.failed': '(refused)',
} as const satisfies Record<keyof typeof invigilatorFr, Message>
