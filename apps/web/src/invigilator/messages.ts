import { defineMessages, type Message } from '../i18n/core'

/** The invigilator area's messages, in French (the reference), loaded with the area's code. */
export const invigilatorFr = {
  'invigilator.area': 'Espace Surveillant',
  'invigilator.title': 'Surveiller une session',

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
  'invigilator.session.extensionNotRequired': 'Extension de navigateur non requise pour cette session',
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
  'invigilator.journal.signalement_validated': 'Signalement validé (question {number}), motif {category}',
  'invigilator.journal.signalement_refused': 'Signalement refusé (question {number})',
  'invigilator.journal.test_ended': 'Test terminé',
  'invigilator.journal.extension_confirmed':
    'Présence de l’extension confirmée (question {number}, test bloqué {duration})',
  'invigilator.journal.minutes': '{minutes} min {seconds} s',
  'invigilator.journal.seconds': '{seconds} s',
  'invigilator.journal.failed': '(refusé)',
} as const satisfies Record<string, Message>

/** Registered by the area's pages (`useMessages`): other languages load when chosen. */
export const invigilatorMessages = defineMessages(invigilatorFr, {
  en: () => import('./messages.en').then((module) => module.invigilatorEn),
})
